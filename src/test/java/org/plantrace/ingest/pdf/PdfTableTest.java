package org.plantrace.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseKind;
import org.plantrace.ingest.Outline;

/**
 * Tables read off the drawn page (issue 13, item 3): ruled cells become a TABLE clause in reading
 * order, an open-sided table (no outer side borders, as many 三线表-like government tables are) is
 * still a table, and a ruling that does not resolve into a grid degrades to body text with a note.
 * Pages are made of glyphs and rules directly, without PDFBox.
 */
class PdfTableTest {
    private static final TextStyle BODY = TextStyle.of(12, false, "SimSun");
    private static final float[] COLUMNS = {72, 192, 312, 432};

    private final List<Glyph> glyphs = new ArrayList<>();
    private final List<Rule> rules = new ArrayList<>();
    private final List<VerticalRule> verticals = new ArrayList<>();

    private void text(String s, float x, float baseline) {
        text(s, x, baseline, BODY);
    }

    private void text(String s, float x, float baseline, TextStyle style) {
        for (int i = 0; i < s.length(); i++) {
            glyphs.add(new Glyph(s.substring(i, i + 1), x + style.size() * i, baseline, style.size(), style));
        }
    }

    private void heading(String s) {
        text(s, 72, 120, TextStyle.of(14, true, "SimHei"));
    }

    /** A three-column grid from y = 200, rows 24 pt high; the given cells merged with their right neighbour. */
    private void grid(String[][] rows, boolean outerSides, String... mergedRight) {
        float y = 200;
        for (int r = 0; r <= rows.length; r++) {
            rules.add(new Rule(COLUMNS[0], COLUMNS[3], y + 24 * r));
        }
        for (int r = 0; r < rows.length; r++) {
            for (int k = 0; k < COLUMNS.length; k++) {
                boolean outer = k == 0 || k == COLUMNS.length - 1;
                boolean merged = k > 0 && k < 3 && List.of(mergedRight).contains(rows[r][k - 1]);
                if ((outer && !outerSides) || merged) {
                    continue;
                }
                verticals.add(new VerticalRule(COLUMNS[k], y + 24 * r, y + 24 * (r + 1)));
            }
            for (int c = 0; c < 3; c++) {
                if (rows[r][c] != null) {
                    text(rows[r][c], COLUMNS[c] + 6, y + 24 * r + 17);
                }
            }
        }
    }

    private Outline read() {
        return PlanLayout.read(List.of(new PageContent(1, glyphs, rules, verticals, 0, 842)), null, "plan.pdf");
    }

    @Test
    void ruledTableIsATableClauseUnderItsArticleInReadingOrder() {
        heading("第一条　指标");
        text("指标如下表。", 96, 150);
        grid(new String[][] {{"指标", "单位", "目标"}, {"耕地保有量", "万亩", "73.39"}}, true);
        text("表后正文。", 96, 300);

        Outline outline = read();

        Clause article = outline.clauses().get(0);
        assertEquals("指标如下表。\n表后正文。", article.text(), "the cells are not body text");
        Clause table = article.children().get(0);
        assertEquals(ClauseKind.TABLE, table.kind());
        assertEquals("指标\t单位\t目标\n耕地保有量\t万亩\t73.39", table.text());
    }

    @Test
    void cellSpanningTwoColumnsIsResolvedIntoBoth() {
        heading("第一条　指标");
        grid(new String[][] {{"名称", "规划目标", null}, {"耕地", "2025年", "2035年"}}, true, "规划目标");

        Clause table = read().clauses().get(0).children().get(0);

        assertEquals("名称\t规划目标\t规划目标\n耕地\t2025年\t2035年", table.text());
    }

    @Test
    void tableWithoutOuterSideBordersIsStillATable() {
        heading("第一条　指标");
        grid(new String[][] {{"指标", "单位", "目标"}, {"林地", "公顷", "100"}}, false);

        Clause table = read().clauses().get(0).children().get(0);

        assertEquals("指标\t单位\t目标\n林地\t公顷\t100", table.text());
    }

    @Test
    void textAcrossAColumnRuleIsReadAsBodyTextWithANote() {
        heading("第一条　指标");
        grid(new String[][] {{"指标", "单位", "目标"}, {"林地", "公顷", "100"}}, true);
        text("越线的文字", 150, 241); // drawn over the rule between the first two columns

        Outline outline = read();

        Clause article = outline.clauses().get(0);
        assertTrue(article.children().isEmpty(), "no table clause from a grid that does not resolve");
        assertTrue(article.text().startsWith("指标单位目标") && article.text().endsWith("100"),
                "the cells' words stay in the text: " + article.text());
        assertTrue(outline.warnings().stream().anyMatch(w -> w.location().equals("第 1 页")
                && w.message().contains("表格无法按行列读取") && w.message().contains("跨越表格的列线")),
                outline.warnings().toString());
    }

    @Test
    void aFrameAroundOneColumnIsNotATable() {
        heading("第一条　专栏");
        rules.add(new Rule(72, 432, 200));
        rules.add(new Rule(72, 432, 260));
        verticals.add(new VerticalRule(72, 200, 260));
        verticals.add(new VerticalRule(432, 200, 260));
        text("框内的说明文字。", 96, 230);

        Clause article = read().clauses().get(0);

        assertTrue(article.children().isEmpty());
        assertEquals("框内的说明文字。", article.text());
    }
}
