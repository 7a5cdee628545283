package org.plantrace.ingest.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * The ruling of one table: the horizontal and vertical rules that touch one another, the column
 * and row boundaries they give, and which neighbouring cells are one merged cell because the rule
 * between them is missing (Word, WPS and LibreOffice draw no line through a merged cell).
 */
final class TableRuling {
    /** Line ends of one border differ by a fraction of a point between producers (66.35 / 66.6). */
    static final float TOLERANCE = 2f;

    final List<Rule> rules;
    final List<VerticalRule> verticals;
    /** Column boundaries, left to right; a table without outer side borders takes its rules' ends. */
    final float[] xs;
    /** Row boundaries, top to bottom. */
    final float[] ys;

    private TableRuling(List<Rule> rules, List<VerticalRule> verticals) {
        this.rules = rules;
        this.verticals = verticals;
        List<Float> x = new ArrayList<>();
        List<Float> y = new ArrayList<>();
        for (VerticalRule v : verticals) {
            x.add(v.x());
        }
        for (Rule r : rules) {
            y.add(r.y());
            x.add(r.x1());
            x.add(r.x2());
        }
        xs = cluster(x);
        ys = cluster(y);
    }

    /** Every set of touching rules on a page with at least two of each direction: the page's ruled tables. */
    static List<TableRuling> on(List<Rule> rules, List<VerticalRule> verticals) {
        int h = rules.size();
        int n = h + verticals.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < h; i++) {
            Rule r = rules.get(i);
            for (int j = 0; j < verticals.size(); j++) {
                VerticalRule v = verticals.get(j);
                if (v.x() >= r.x1() - TOLERANCE && v.x() <= r.x2() + TOLERANCE
                        && r.y() >= v.y1() - TOLERANCE && r.y() <= v.y2() + TOLERANCE) {
                    parent[find(parent, i)] = find(parent, h + j);
                }
            }
        }
        List<TableRuling> out = new ArrayList<>();
        for (int root = 0; root < n; root++) {
            if (find(parent, root) != root) {
                continue;
            }
            List<Rule> rs = new ArrayList<>();
            List<VerticalRule> vs = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (find(parent, i) == root) {
                    if (i < h) {
                        rs.add(rules.get(i));
                    } else {
                        vs.add(verticals.get(i - h));
                    }
                }
            }
            if (rs.size() >= 2 && vs.size() >= 2) {
                TableRuling t = new TableRuling(rs, vs);
                if (t.columns() >= 2 && t.rows() >= 2) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    int columns() {
        return xs.length - 1;
    }

    int rows() {
        return ys.length - 1;
    }

    boolean contains(float x, float y) {
        return x >= xs[0] && x <= xs[xs.length - 1] && y >= ys[0] && y <= ys[ys.length - 1];
    }

    /** The column or row a coordinate falls in, or -1 outside. */
    static int slot(float[] bounds, float v) {
        for (int k = 0; k + 1 < bounds.length; k++) {
            if (v >= bounds[k] && v < bounds[k + 1]) {
                return k;
            }
        }
        return v == bounds[bounds.length - 1] ? bounds.length - 2 : -1;
    }

    /** A rule on column boundary {@code k} across row {@code row}: the two cells either side are apart. */
    boolean ruledBetweenColumns(int k, int row) {
        float mid = (ys[row] + ys[row + 1]) / 2;
        for (VerticalRule v : verticals) {
            if (Math.abs(v.x() - xs[k]) <= TOLERANCE && v.y1() <= mid && v.y2() >= mid) {
                return true;
            }
        }
        return false;
    }

    /** A rule on row boundary {@code k} across column {@code column}. */
    boolean ruledBetweenRows(int k, int column) {
        float mid = (xs[column] + xs[column + 1]) / 2;
        for (Rule r : rules) {
            if (Math.abs(r.y() - ys[k]) <= TOLERANCE && r.x1() <= mid && r.x2() >= mid) {
                return true;
            }
        }
        return false;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** Sorted distinct values, those within the tolerance of each other taken as one. */
    private static float[] cluster(List<Float> values) {
        values.sort(Float::compare);
        List<Float> out = new ArrayList<>();
        float sum = 0;
        int count = 0;
        for (float v : values) {
            if (count > 0 && v - sum / count > TOLERANCE) {
                out.add(sum / count);
                sum = 0;
                count = 0;
            }
            sum += v;
            count++;
        }
        if (count > 0) {
            out.add(sum / count);
        }
        float[] a = new float[out.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = out.get(i);
        }
        return a;
    }
}
