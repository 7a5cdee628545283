package org.plantrace.ingest.pdf;

/**
 * One line of text on a page, left to right, with per-character style and underline. {@code left}
 * and {@code right} are the ink extent without leading or trailing blanks (an indent made of
 * spaces counts as indent).
 */
final class TextLine {
    final int page;
    final String text;
    /** Per character of {@link #text}: the style it is drawn in. */
    final TextStyle[] styles;
    /** Per character of {@link #text}: drawn with a rule just under it. */
    final boolean[] underlined;
    final float baseline;
    final float left;
    final float right;
    /** Largest glyph size on the line: the unit for tolerances that scale with the type. */
    final float size;
    /** Set on the one line that stands for a table in the reading order; such a line has no text. */
    final PdfTable table;

    TextLine(int page, String text, TextStyle[] styles, boolean[] underlined, float baseline, float left,
            float right, float size) {
        this(page, text, styles, underlined, baseline, left, right, size, null);
    }

    private TextLine(int page, String text, TextStyle[] styles, boolean[] underlined, float baseline, float left,
            float right, float size, PdfTable table) {
        this.page = page;
        this.text = text;
        this.styles = styles;
        this.underlined = underlined;
        this.baseline = baseline;
        this.left = left;
        this.right = right;
        this.size = size;
        this.table = table;
    }

    /** The place of a table among the lines: where its top border is. */
    static TextLine of(PdfTable table) {
        return new TextLine(table.page(), "", new TextStyle[0], new boolean[0], table.top(), 0, 0, 0, table);
    }

    /** The style of the first Han character, else of the first visible one. */
    TextStyle headStyle() {
        for (int i = 0; i < text.length(); i++) {
            if (isHan(text.charAt(i))) {
                return styles[i];
            }
        }
        return firstVisibleStyle(true);
    }

    /** The style of the last Han character, else of the last visible one. */
    TextStyle tailStyle() {
        for (int i = text.length() - 1; i >= 0; i--) {
            if (isHan(text.charAt(i))) {
                return styles[i];
            }
        }
        return firstVisibleStyle(false);
    }

    /** True when the style judgements of this line rest on Han characters (Latin fonts often differ). */
    boolean hasHan() {
        return text.chars().anyMatch(c -> isHan((char) c));
    }

    private TextStyle firstVisibleStyle(boolean fromStart) {
        for (int k = 0; k < text.length(); k++) {
            int i = fromStart ? k : text.length() - 1 - k;
            if (!Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '\u3000') {
                return styles[i];
            }
        }
        return styles.length == 0 ? TextStyle.of(0, false, "") : styles[0];
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    @Override
    public String toString() {
        return "p" + page + "@" + baseline + " [" + left + "," + right + "] " + text;
    }
}
