package org.plantrace.citation;

/**
 * The number a page shows in front of a clause's heading ({@code 第十三条}, {@code 第1节}, {@code 一、}).
 * It is either the source's own number or one derived from the clause's position; a derived one
 * carries a note saying so, so that no page passes it off as the source's.
 *
 * @param text    the number as shown, empty when the clause shows none (paragraphs, tables)
 * @param derived true when the number was worked out from the structure, not read in the source
 * @param note    why the number is derived (the page's tooltip), empty for a source number
 */
public record DisplayNumber(String text, boolean derived, String note) {
    public static final DisplayNumber NONE = new DisplayNumber("", false, "");

    public static DisplayNumber source(String num) {
        return new DisplayNumber(num, false, "");
    }

    public static DisplayNumber derived(String num, String note) {
        return new DisplayNumber(num, true, note);
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }
}
