package org.plantrace.ingest.pdf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the ruled tables of a page into rows × cells, before the page's lines are built, so that a
 * table's cells do not run together into body text.
 *
 * <p>Hand-written on PDFBox's drawings rather than a table library: tabula-java, the well-kept
 * extractor for Java, is built on PDFBox 2 and does not resolve beside the PDFBox 3 this reader
 * uses (and is not among the versions known to resolve here). Plans set their tables ruled — Word,
 * WPS and LibreOffice draw every cell border and leave the border out inside a merged cell — so
 * the ruling alone gives the rows, the columns and the merged cells; the glyphs are put in the cell
 * their centre falls in. A ruling that does not resolve into a grid (text across a column rule, a
 * merged cell that is not a rectangle, an absurd number of cells) is left to the body text, and
 * the parse report says so.
 */
final class TableFinder {
    private static final int MAX_CELLS = 20_000;

    private TableFinder() {
    }

    /**
     * The tables, the glyphs and rules that remain for the body text, what could not be read, and
     * notes on how a table was read where the reader had to infer its columns.
     */
    record Result(List<PdfTable> tables, List<Glyph> glyphs, List<Rule> rules, List<String> problems, List<String> notes) {
        Result(List<PdfTable> tables, List<Glyph> glyphs, List<Rule> rules, List<String> problems) {
            this(tables, glyphs, rules, problems, List.of());
        }
    }

    /** Ruled tables first; then, among what is left, tables ruled across only ({@link ThreeLineTables}). */
    static Result find(int page, List<Glyph> glyphs, List<Rule> rules, List<VerticalRule> verticals) {
        Result ruled = ruled(page, glyphs, rules, verticals);
        List<ThreeLineTables.Found> open = ThreeLineTables.find(page, ruled.glyphs(), ruled.rules());
        if (open.isEmpty()) {
            return ruled;
        }
        List<PdfTable> tables = new ArrayList<>(ruled.tables());
        Set<Glyph> taken = new HashSet<>();
        Set<Rule> borders = new HashSet<>();
        List<String> notes = new ArrayList<>();
        for (ThreeLineTables.Found f : open) {
            tables.add(f.table());
            taken.addAll(f.glyphs());
            borders.addAll(f.rules());
            notes.add("只画横线的表格（三线表，" + f.table().columns() + " 列）：列按空白划分，每行文字读作一行；"
                    + "单元格内换行的文字会成为单独一行，请核对");
        }
        tables.sort(java.util.Comparator.comparingDouble(PdfTable::top));
        return new Result(tables, ruled.glyphs().stream().filter(g -> !taken.contains(g)).toList(),
                ruled.rules().stream().filter(r -> !borders.contains(r)).toList(), ruled.problems(), notes);
    }

    private static Result ruled(int page, List<Glyph> glyphs, List<Rule> rules, List<VerticalRule> verticals) {
        if (verticals.size() < 2 || rules.size() < 2) {
            return new Result(List.of(), glyphs, rules, List.of());
        }
        List<PdfTable> tables = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Set<Glyph> taken = new HashSet<>();
        Set<Rule> borders = new HashSet<>();
        for (TableRuling ruling : TableRuling.on(rules, verticals)) {
            List<Glyph> inside = new ArrayList<>();
            for (Glyph g : glyphs) {
                if (!taken.contains(g) && ruling.contains(g.centerX(), middle(g))) {
                    inside.add(g);
                }
            }
            if (inside.stream().allMatch(Glyph::isBlank)) {
                continue; // a frame around nothing, or around a picture: not a table of text
            }
            String problem = problem(ruling, inside);
            if (problem != null) {
                problems.add(problem);
                continue;
            }
            tables.add(read(page, ruling, inside, rules));
            taken.addAll(inside);
            borders.addAll(ruling.rules);
        }
        if (tables.isEmpty()) {
            return new Result(List.of(), glyphs, rules, problems);
        }
        tables.sort(java.util.Comparator.comparingDouble(PdfTable::top));
        List<Glyph> rest = glyphs.stream().filter(g -> !taken.contains(g)).toList();
        List<Rule> restRules = rules.stream().filter(r -> !borders.contains(r)).toList();
        return new Result(tables, rest, restRules, problems);
    }

    /** Where a glyph's ink sits vertically: a little above its baseline. */
    private static float middle(Glyph g) {
        return g.baseline() - 0.3f * g.style().size();
    }

    private static String problem(TableRuling ruling, List<Glyph> inside) {
        if ((long) ruling.rows() * ruling.columns() > MAX_CELLS) {
            return "表格有 " + ruling.rows() + " 行 × " + ruling.columns() + " 列，格线过密";
        }
        for (Glyph g : inside) {
            if (g.isBlank()) {
                continue;
            }
            int row = TableRuling.slot(ruling.ys, middle(g));
            for (int k = 1; k < ruling.columns(); k++) {
                float x = ruling.xs[k];
                if (g.x() < x - TableRuling.TOLERANCE && g.endX() > x + TableRuling.TOLERANCE
                        && row >= 0 && ruling.ruledBetweenColumns(k, row)) {
                    return "文字“" + g.text() + "”跨越表格的列线";
                }
            }
        }
        int[] region = regions(ruling);
        if (region == null) {
            return "合并单元格不成矩形";
        }
        return null;
    }

    /**
     * The merged cell each cell belongs to (row-major index of its first cell), or null when a
     * merged area is not a rectangle — a ruling that is not a table's.
     */
    private static int[] regions(TableRuling ruling) {
        int rows = ruling.rows();
        int cols = ruling.columns();
        int[] parent = new int[rows * cols];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (c + 1 < cols && !ruling.ruledBetweenColumns(c + 1, r)) {
                    union(parent, r * cols + c, r * cols + c + 1);
                }
                if (r + 1 < rows && !ruling.ruledBetweenRows(r + 1, c)) {
                    union(parent, r * cols + c, (r + 1) * cols + c);
                }
            }
        }
        int[] first = new int[parent.length];
        java.util.Arrays.fill(first, -1);
        int[] count = new int[parent.length];
        int[] maxRow = new int[parent.length];
        int[] maxCol = new int[parent.length];
        int[] minCol = new int[parent.length];
        java.util.Arrays.fill(minCol, Integer.MAX_VALUE);
        for (int i = 0; i < parent.length; i++) {
            int root = root(parent, i);
            if (first[root] < 0) {
                first[root] = i; // row-major: the region's top-left cell comes first
            }
            count[root]++;
            maxRow[root] = Math.max(maxRow[root], i / cols);
            maxCol[root] = Math.max(maxCol[root], i % cols);
            minCol[root] = Math.min(minCol[root], i % cols);
        }
        int[] region = new int[parent.length];
        for (int i = 0; i < parent.length; i++) {
            int root = root(parent, i);
            int top = first[root] / cols;
            int left = first[root] % cols;
            if (minCol[root] != left || (maxRow[root] - top + 1) * (maxCol[root] - left + 1) != count[root]) {
                return null;
            }
            region[i] = first[root];
        }
        return region;
    }

    private static PdfTable read(int page, TableRuling ruling, List<Glyph> inside, List<Rule> pageRules) {
        int cols = ruling.columns();
        int[] region = regions(ruling);
        List<List<Glyph>> byRegion = new ArrayList<>();
        for (int i = 0; i < region.length; i++) {
            byRegion.add(new ArrayList<>());
        }
        for (Glyph g : inside) {
            int r = TableRuling.slot(ruling.ys, middle(g));
            int c = TableRuling.slot(ruling.xs, g.centerX());
            if (r >= 0 && c >= 0) {
                byRegion.get(region[r * cols + c]).add(g);
            }
        }
        // a cell's own underlines (a mandatory figure in a table), never the table's borders
        List<Rule> underlines = pageRules.stream().filter(r -> !ruling.rules.contains(r)).toList();
        String[] texts = new String[region.length];
        boolean[][] flags = new boolean[region.length][];
        StringBuilder text = new StringBuilder();
        List<Boolean> under = new ArrayList<>();
        for (int i = 0; i < region.length; i++) {
            int owner = region[i];
            if (texts[owner] == null) {
                cell(page, byRegion.get(owner), underlines, texts, flags, owner);
            }
            if (i > 0) {
                text.append(i % cols == 0 ? '\n' : '\t');
                under.add(false);
            }
            text.append(texts[owner]);
            for (boolean f : flags[owner]) {
                under.add(f);
            }
        }
        boolean[] u = new boolean[under.size()];
        for (int i = 0; i < u.length; i++) {
            u[i] = under.get(i);
        }
        return new PdfTable(page, ruling.ys[0], text.toString(), u, cols);
    }

    /** A cell's lines joined as a wrapped paragraph is joined: Chinese runs on without a space. */
    private static void cell(int page, List<Glyph> glyphs, List<Rule> underlines, String[] texts, boolean[][] flags,
            int at) {
        StringBuilder sb = new StringBuilder();
        List<Boolean> under = new ArrayList<>();
        for (TextLine line : LineBuilder.build(page, glyphs, underlines)) {
            for (int i = 0; i < line.text.length(); i++) {
                char ch = line.text.charAt(i);
                sb.append(ch == '\t' || ch == '\n' ? ' ' : ch);
                under.add(line.underlined[i]);
            }
        }
        int s = 0;
        int e = sb.length();
        while (s < e && HeadingNumber.isBlank(sb.charAt(s))) {
            s++;
        }
        while (e > s && HeadingNumber.isBlank(sb.charAt(e - 1))) {
            e--;
        }
        texts[at] = sb.substring(s, e);
        flags[at] = new boolean[e - s];
        for (int i = s; i < e; i++) {
            flags[at][i - s] = under.get(i);
        }
    }

    private static void union(int[] parent, int a, int b) {
        parent[root(parent, a)] = root(parent, b);
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
