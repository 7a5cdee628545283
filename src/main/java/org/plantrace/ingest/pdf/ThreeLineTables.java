package org.plantrace.ingest.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Tables drawn with horizontal rules only — the 三线表 of government and academic typesetting (a
 * rule above, one under the header, one below) and tables with a rule under every row but no column
 * rules. With no vertical rules, the columns come from the white space the body rows leave between
 * them: a gap at least {@link #GAP_EMS} type sizes wide that no body glyph crosses, on every body
 * line. Each text line between the rules is a row; a header run that spans several columns is
 * repeated in each, as a merged cell is in a ruled table.
 *
 * <p>Three safeguards keep body text out: the rules must be at least three, of one length, and
 * wider than {@link #MIN_WIDTH}; there must be two text lines or more between the header rule and
 * the last rule; and those lines must share a column gap. A fully underlined justified paragraph
 * has a rule under every line and no common gap, so it is never taken for a table.
 */
final class ThreeLineTables {
    /** The narrowest gap between columns, in type sizes. */
    static final float GAP_EMS = 1.5f;
    /** Narrower rules are underlines or short separators, not a table's. */
    static final float MIN_WIDTH = 150;
    private static final float SAME_EDGE = 3;

    private ThreeLineTables() {
    }

    /** A table found: its text as a PdfTable, the glyphs and rules it took. */
    record Found(PdfTable table, Set<Glyph> glyphs, Set<Rule> rules) {
    }

    static List<Found> find(int page, List<Glyph> glyphs, List<Rule> rules) {
        List<Found> out = new ArrayList<>();
        Set<Glyph> taken = new HashSet<>();
        for (List<Rule> group : sameLength(rules)) {
            int i = 0;
            while (i + 2 < group.size()) {
                Found found = null;
                for (int j = group.size() - 1; j >= i + 2 && found == null; j--) {
                    found = read(page, group.subList(i, j + 1), glyphs, taken, rules);
                    if (found != null) {
                        out.add(found);
                        taken.addAll(found.glyphs());
                        i = j + 1;
                    }
                }
                if (found == null) {
                    i++;
                }
            }
        }
        return out;
    }

    /** Wide rules grouped by their left and right ends, each group top to bottom. */
    private static List<List<Rule>> sameLength(List<Rule> rules) {
        List<List<Rule>> groups = new ArrayList<>();
        for (Rule r : rules) {
            if (r.x2() - r.x1() < MIN_WIDTH) {
                continue;
            }
            List<Rule> home = null;
            for (List<Rule> g : groups) {
                Rule first = g.get(0);
                if (Math.abs(first.x1() - r.x1()) <= SAME_EDGE && Math.abs(first.x2() - r.x2()) <= SAME_EDGE) {
                    home = g;
                    break;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                groups.add(home);
            }
            home.add(r);
        }
        for (List<Rule> g : groups) {
            g.sort(Comparator.comparingDouble(Rule::y));
            // a rule drawn twice (a thick rule as two strokes) is one rule
            for (int k = g.size() - 1; k > 0; k--) {
                if (g.get(k).y() - g.get(k - 1).y() < 2) {
                    g.remove(k);
                }
            }
        }
        return groups;
    }

    private static Found read(int page, List<Rule> rules, List<Glyph> all, Set<Glyph> taken, List<Rule> pageRules) {
        Rule top = rules.get(0);
        Rule header = rules.get(1);
        Rule bottom = rules.get(rules.size() - 1);
        List<Glyph> inside = new ArrayList<>();
        for (Glyph g : all) {
            float mid = g.baseline() - 0.3f * g.style().size();
            if (!taken.contains(g) && !g.isBlank() && mid > top.y() && mid < bottom.y()
                    && g.centerX() >= top.x1() && g.centerX() <= top.x2()) {
                inside.add(g);
            }
        }
        List<List<Glyph>> lines = lines(inside);
        List<List<Glyph>> body = lines.stream().filter(l -> l.get(0).baseline() > header.y()).toList();
        if (body.size() < 2) {
            return null;
        }
        float[] bounds = columnBounds(body);
        if (bounds == null) {
            return null;
        }
        List<List<Glyph>> rows = new ArrayList<>();
        for (List<Glyph> line : lines) {
            rows.addAll(cells(line, bounds));
        }
        Set<Rule> own = new HashSet<>(rules);
        List<Rule> underlines = pageRules.stream().filter(r -> !own.contains(r)).toList();
        int cols = bounds.length + 1;
        StringBuilder text = new StringBuilder();
        List<Boolean> under = new ArrayList<>();
        for (int c = 0; c < rows.size(); c++) {
            if (c > 0) {
                text.append(c % cols == 0 ? '\n' : '\t');
                under.add(false);
            }
            for (TextLine l : LineBuilder.build(page, rows.get(c), underlines)) {
                String t = l.text.replace('\t', ' ').replace('\n', ' ');
                text.append(t);
                for (int k = 0; k < t.length(); k++) {
                    under.add(l.underlined[k]);
                }
            }
        }
        boolean[] flags = new boolean[under.size()];
        for (int k = 0; k < flags.length; k++) {
            flags[k] = under.get(k);
        }
        return new Found(new PdfTable(page, top.y(), text.toString(), flags, cols), new HashSet<>(inside), own);
    }

    /** Glyphs grouped into lines by baseline (half a type size apart is a new line), top to bottom. */
    private static List<List<Glyph>> lines(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::x));
        List<List<Glyph>> out = new ArrayList<>();
        for (Glyph g : sorted) {
            List<Glyph> last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last == null || Math.abs(g.baseline() - last.get(0).baseline()) > 0.5f * Math.max(1, g.style().size())) {
                last = new ArrayList<>();
                out.add(last);
            }
            last.add(g);
        }
        out.forEach(l -> l.sort(Comparator.comparingDouble(Glyph::x)));
        return out;
    }

    /** The x of each boundary between columns (the middle of a gap no body glyph crosses), or null when there is none. */
    private static float[] columnBounds(List<List<Glyph>> body) {
        List<Glyph> glyphs = new ArrayList<>();
        body.forEach(glyphs::addAll);
        glyphs.sort(Comparator.comparingDouble(Glyph::x));
        float size = (float) glyphs.stream().mapToDouble(g -> g.style().size()).average().orElse(10);
        List<Float> bounds = new ArrayList<>();
        float reach = glyphs.get(0).endX();
        for (Glyph g : glyphs) {
            if (g.x() - reach >= GAP_EMS * size) {
                bounds.add((reach + g.x()) / 2);
            }
            reach = Math.max(reach, g.endX());
        }
        if (bounds.isEmpty()) {
            return null;
        }
        float[] out = new float[bounds.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = bounds.get(k);
        }
        return out;
    }

    /**
     * One line's cells: its glyphs split into runs at gaps of a column gap's width, each run put in
     * every column it overlaps (a header spanning columns is repeated in each).
     */
    private static List<List<Glyph>> cells(List<Glyph> line, float[] bounds) {
        List<List<Glyph>> cells = new ArrayList<>();
        for (int c = 0; c <= bounds.length; c++) {
            cells.add(new ArrayList<>());
        }
        float size = line.get(0).style().size();
        List<Glyph> run = new ArrayList<>();
        for (int k = 0; k <= line.size(); k++) {
            if (k == line.size() || !run.isEmpty() && line.get(k).x() - run.get(run.size() - 1).endX() >= GAP_EMS * size) {
                float left = run.get(0).x();
                float right = run.get(run.size() - 1).endX();
                for (int c = 0; c <= bounds.length; c++) {
                    float from = c == 0 ? Float.NEGATIVE_INFINITY : bounds[c - 1];
                    float to = c == bounds.length ? Float.POSITIVE_INFINITY : bounds[c];
                    if (right > from && left < to) {
                        cells.get(c).addAll(run);
                    }
                }
                run = new ArrayList<>();
            }
            if (k < line.size()) {
                run.add(line.get(k));
            }
        }
        return cells;
    }
}
