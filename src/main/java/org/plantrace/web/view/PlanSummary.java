package org.plantrace.web.view;

/**
 * What the home page says about the plan and the version shown.
 *
 * @param mandatoryMarked whether any clause of the version is marked mandatory; when false the
 *                        page must say so rather than let "nothing underlined" read as "nothing
 *                        binding"
 * @param plainTextSource the version was read from plain text, which loses underlines
 * @param numberingNote   one line saying that some shown numbers are derived, not the source's;
 *                        empty when all are the source's
 */
public record PlanSummary(
        String code,
        String title,
        String level,
        String region,
        String period,
        String version,
        String status,
        String sourceName,
        int clauseCount,
        int mandatoryCount,
        boolean mandatoryMarked,
        boolean plainTextSource,
        String numberingNote) {
}
