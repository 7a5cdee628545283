package org.plantrace.ingest.pdf;

/**
 * How a glyph is drawn, as far as headings are told from body text by it: size in points (rounded
 * to half a point), weight, and the font family without subset prefix and weight suffix.
 */
record TextStyle(float size, boolean bold, String family) {

    static TextStyle of(float size, boolean bold, String fontName) {
        return new TextStyle(Math.round(size * 2) / 2f, bold, family(fontName));
    }

    /** "ABCDEF+SimHei-Bold" → "SimHei": the subset tag and the weight say nothing about the family. */
    static String family(String fontName) {
        if (fontName == null) {
            return "";
        }
        String f = fontName;
        int plus = f.indexOf('+');
        if (plus == 6) {
            f = f.substring(plus + 1);
        }
        return f.replaceAll("(?i)[-,]?(bold|black|heavy|semibold|demibold|regular|medium)$", "");
    }

    boolean sameLook(TextStyle o) {
        return Math.abs(size - o.size) < 0.6f && bold == o.bold && family.equals(o.family);
    }
}
