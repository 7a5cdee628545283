package org.plantrace.ingest.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Groups a page's glyphs into lines in reading order (top to bottom, left to right) and marks the
 * characters that have a rule just under their baseline.
 */
final class LineBuilder {
    /** A rule this far above the baseline still counts (rounding); higher up it is a strike-through. */
    private static final float ABOVE_BASELINE = 0.5f;
    /** A rule further below the baseline than this share of the type size is a border, not an underline. */
    private static final float BELOW_BASELINE = 0.45f;

    private LineBuilder() {
    }

    static List<TextLine> build(int page, List<Glyph> glyphs, List<Rule> rules) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::x));
        List<TextLine> lines = new ArrayList<>();
        List<Glyph> current = new ArrayList<>();
        float lineBase = 0;
        for (Glyph g : sorted) {
            // superscripts and mixed fonts sit a little off the baseline; half the type size apart is a new line
            if (!current.isEmpty() && Math.abs(g.baseline() - lineBase) > 0.5f * Math.max(g.style().size(), 1)) {
                lines.add(line(page, current, rules));
                current = new ArrayList<>();
            }
            if (current.isEmpty()) {
                lineBase = g.baseline();
            }
            current.add(g);
        }
        if (!current.isEmpty()) {
            lines.add(line(page, current, rules));
        }
        lines.removeIf(l -> l.text.isBlank());
        return lines;
    }

    private static TextLine line(int page, List<Glyph> all, List<Rule> rules) {
        all.sort(Comparator.comparingDouble(Glyph::x));
        List<Glyph> glyphs = withoutAutospace(all);
        float baseline = mainBaseline(glyphs);
        float size = 0;
        for (Glyph g : glyphs) {
            size = Math.max(size, g.style().size());
        }
        List<Rule> near = new ArrayList<>();
        for (Rule r : rules) {
            float below = r.y() - baseline;
            if (below >= -ABOVE_BASELINE && below <= BELOW_BASELINE * size) {
                near.add(r);
            }
        }
        StringBuilder text = new StringBuilder();
        List<TextStyle> styles = new ArrayList<>();
        List<Boolean> under = new ArrayList<>();
        Glyph previous = null;
        for (Glyph g : glyphs) {
            boolean u = underlined(g, near);
            if (previous != null && needsSpace(previous, g)) {
                // Latin words set with positioning instead of space glyphs; never between Han characters
                text.append(' ');
                styles.add(g.style());
                under.add(u && under.get(under.size() - 1));
            }
            for (int i = 0; i < g.text().length(); i++) {
                text.append(g.text().charAt(i));
                styles.add(g.style());
                under.add(u);
            }
            previous = g;
        }
        float left = Float.NaN;
        float right = Float.NaN;
        for (Glyph g : glyphs) {
            if (!g.isBlank()) {
                if (Float.isNaN(left)) {
                    left = g.x();
                }
                right = g.endX();
            }
        }
        boolean[] flags = new boolean[under.size()];
        for (int i = 0; i < flags.length; i++) {
            flags[i] = under.get(i);
        }
        return new TextLine(page, text.toString(), styles.toArray(new TextStyle[0]), flags, baseline,
                Float.isNaN(left) ? 0 : left, Float.isNaN(right) ? 0 : right, size);
    }

    /**
     * Without the space glyphs some producers (LibreOffice) draw between Chinese and Latin text or
     * digits — typographic spacing, not text: the source has 不低于73.39万亩, not 不低于 73.39 万亩.
     * A space after a Chinese character at the end of a line goes too. The ideographic space U+3000
     * a drafter types is kept.
     */
    private static List<Glyph> withoutAutospace(List<Glyph> glyphs) {
        List<Glyph> out = new ArrayList<>(glyphs.size());
        for (int i = 0; i < glyphs.size(); i++) {
            Glyph g = glyphs.get(i);
            if (g.isBlank() && !g.text().equals("\u3000")) {
                char before = neighbour(glyphs, i, -1);
                char after = neighbour(glyphs, i, 1);
                // between two Chinese characters a space is the author's (中共中央 国务院)
                if ((wide(before) && (latin(after) || after == 0)) || (latin(before) && wide(after))) {
                    continue;
                }
                if (overlapsInk(glyphs, i)) {
                    continue;
                }
            }
            out.add(g);
        }
        return out;
    }

    /**
     * A space drawn over its neighbours' ink takes no room of its own: LibreOffice writes such
     * spaces where underlined runs begin and end. A space the author typed sits between the glyphs.
     */
    private static boolean overlapsInk(List<Glyph> glyphs, int i) {
        Glyph space = glyphs.get(i);
        float slack = 0.1f * space.style().size();
        for (int j = i - 1; j >= 0; j--) {
            if (!glyphs.get(j).isBlank()) {
                if (space.x() < glyphs.get(j).endX() - slack) {
                    return true;
                }
                break;
            }
        }
        for (int j = i + 1; j < glyphs.size(); j++) {
            if (!glyphs.get(j).isBlank()) {
                return space.endX() > glyphs.get(j).x() + slack;
            }
        }
        return false;
    }

    /** The nearest non-blank character in one direction, 0 at the line's end. */
    private static char neighbour(List<Glyph> glyphs, int i, int step) {
        for (int j = i + step; j >= 0 && j < glyphs.size(); j += step) {
            Glyph g = glyphs.get(j);
            if (!g.isBlank()) {
                return step < 0 ? g.text().charAt(g.text().length() - 1) : g.text().charAt(0);
            }
        }
        return 0;
    }

    private static boolean wide(char c) {
        return c >= 0x2E80;
    }

    private static boolean latin(char c) {
        return c > 0 && c < 0x80 && Character.isLetterOrDigit(c);
    }

    /** The baseline most glyphs sit on, so that a superscript does not move the line. */
    private static float mainBaseline(List<Glyph> glyphs) {
        java.util.Map<Float, Integer> counts = new java.util.HashMap<>();
        for (Glyph g : glyphs) {
            counts.merge(Math.round(g.baseline() * 2) / 2f, g.text().length(), Integer::sum);
        }
        return counts.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    private static boolean underlined(Glyph g, List<Rule> near) {
        if (near.isEmpty()) {
            return false;
        }
        float c = g.centerX();
        for (Rule r : near) {
            if (r.x1() <= c && c <= r.x2()) {
                return true;
            }
        }
        return false;
    }

    private static boolean needsSpace(Glyph a, Glyph b) {
        if (a.isBlank() || b.isBlank()) {
            return false;
        }
        char x = a.text().charAt(a.text().length() - 1);
        char y = b.text().charAt(0);
        boolean latin = x < 0x80 && Character.isLetterOrDigit(x) && y < 0x80 && Character.isLetterOrDigit(y);
        return latin && b.x() - a.endX() > 0.25f * b.style().size();
    }
}
