package org.plantrace.web.chain;

/**
 * One plan in the home page's tree.
 *
 * @param depth     0 for a county plan, 1 for the plans under it …
 * @param status    the newest version the visitor may read, as a label (已发布, 草案 …)
 * @param statusKey the same as a CSS class and test hook ({@code published}, {@code draft} …)
 * @param path      that version's outline inside the app
 */
public record PlanTreeRow(String code, String title, String level, String township, int depth, String status,
        String statusKey, String path) {
}
