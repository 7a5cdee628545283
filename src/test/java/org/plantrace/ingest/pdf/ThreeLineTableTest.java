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
 * Tables ruled across only (三线表): columns from the white space of the body rows, a row a text
 * line, a header spanning columns repeated in each, a note saying how it was read; and a fully
 * underlined paragraph, whose lines also sit on rules of one length, stays a paragraph.
 */
class ThreeLineTableTest {
    private static final TextStyle BODY = TextStyle.of(12, false, "SimSun");
    private static final float[] COLUMNS = {72, 192, 312};

    private final List<Glyph> glyphs = new ArrayList<>();
    private final List<Rule> rules = new ArrayList<>();

    private void text(String s, float x, float baseline) {
        for (int i = 0; i < s.length(); i++) {
            glyphs.add(new Glyph(s.substring(i, i + 1), x + 12 * i, baseline, 12, BODY));
        }
    }

    private void row(float baseline, String... cells) {
        for (int c = 0; c < cells.length; c++) {
            text(cells[c], COLUMNS[c] + 6, baseline);
        }
    }

    private Outline read() {
        TextStyle heading = TextStyle.of(14, true, "SimHei");
        String h = "第一条　指标";
        for (int i = 0; i < h.length(); i++) {
            glyphs.add(new Glyph(h.substring(i, i + 1), 72 + 14 * i, 120, 14, heading));
        }
        return PlanLayout.read(List.of(new PageContent(1, glyphs, rules, List.of(), 0, 842)), null, "plan.pdf");
    }

    private static Clause table(Outline outline) {
        Clause article = outline.clauses().get(0);
        assertEquals(1, article.children().size(), article.text());
        Clause table = article.children().get(0);
        assertEquals(ClauseKind.TABLE, table.kind());
        return table;
    }

    @Test
    void aThreeLineTableIsReadIntoRowsAndColumns() {
        text("指标如下表。", 96, 160);
        rules.add(new Rule(72, 432, 200));
        row(217, "指标", "单位", "目标");
        rules.add(new Rule(72, 432, 224));
        row(241, "耕地保有量", "万亩", "73.39");
        row(261, "林地", "公顷", "100");
        rules.add(new Rule(72, 432, 270));
        text("表后正文。", 96, 300);

        Outline outline = read();

        assertEquals("指标\t单位\t目标\n耕地保有量\t万亩\t73.39\n林地\t公顷\t100", table(outline).text());
        assertEquals("指标如下表。\n表后正文。", outline.clauses().get(0).text(), "the cells are not body text");
        assertTrue(outline.warnings().stream().anyMatch(w -> w.location().equals("第 1 页") && w.message().contains("三线表")
                && w.message().contains("3 列")), outline.warnings().toString());
    }

    @Test
    void aHeaderSpanningTwoColumnsIsRepeatedInEach() {
        rules.add(new Rule(72, 432, 200));
        text("名称", COLUMNS[0] + 6, 217);
        text("规划目标", 258, 217); // centred over the last two columns
        rules.add(new Rule(72, 432, 224));
        row(241, "耕地", "5.20", "5.10");
        row(261, "林地", "3.00", "3.20");
        rules.add(new Rule(72, 432, 270));

        assertEquals("名称\t规划目标\t规划目标\n耕地\t5.20\t5.10\n林地\t3.00\t3.20", table(read()).text());
    }

    @Test
    void aFullyUnderlinedParagraphIsNotATable() {
        String line = "城镇开发边界内的建设实行详细规划加规划许可的管理方式严格控制规模";
        for (int k = 0; k < 3; k++) {
            text(line.substring(0, 30), 72, 200 + 20 * k);
            rules.add(new Rule(72, 432, 202 + 20 * k));
        }

        Outline outline = read();

        Clause article = outline.clauses().get(0);
        assertTrue(article.children().isEmpty(), "no table from underlined prose");
        assertTrue(article.text().startsWith(line.substring(0, 30)), article.text());
        assertTrue(outline.warnings().stream().noneMatch(w -> w.message().contains("三线表")), outline.warnings().toString());
    }

    @Test
    void proseBetweenTwoRulesAndAHeaderIsNotATable() {
        rules.add(new Rule(72, 432, 200));
        text("专栏一", 72, 217);
        rules.add(new Rule(72, 432, 224));
        text("规划期内新增建设用地主要保障重点项目和民生工程用地需求", 72, 241);
        text("严格控制新增建设用地规模和开发强度", 72, 261);
        rules.add(new Rule(72, 432, 270));

        Clause article = read().clauses().get(0);

        assertTrue(article.children().isEmpty(), "lines sharing no column gap are prose: " + article.text());
    }
}
