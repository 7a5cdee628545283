package org.plantrace.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.extract.lint.Finding;
import org.plantrace.extract.lint.Severity;
import org.plantrace.ingest.text.TextReader;

/** ENT002: a stated number of 镇 and 乡 against the units the plan names anywhere. */
class TownshipCountRuleTest {
    private final Gazetteer g = Fixtures.gazetteer("a,甲镇,town", "b,乙镇,town", "c,丙乡,township", "d,丁乡,township,丁乡镇:inconsistent");

    private List<Finding> check(Gazetteer gazetteer, String... texts) {
        Clause[] cs = new Clause[texts.length];
        for (int i = 0; i < texts.length; i++) {
            cs[i] = Fixtures.clause("", texts[i]);
        }
        return new TownshipCountRule(new EntityLinker(gazetteer)).check(Fixtures.plan(cs));
    }

    @Test
    void agreeingCountIsSilent() {
        assertEquals(List.of(), check(g, "包括甲镇、丙乡等2个镇、2个乡。", "乙镇和丁乡。"));
        assertEquals(List.of(), check(g, "县域含两个镇、二个乡。", "甲镇、乙镇、丙乡、丁乡"));
    }

    @Test
    void moreUnitsNamedThanStatedIsAWarningPinnedToTheStatement() {
        List<Finding> f = check(g, "包括甲镇等1个镇、2个乡。", "乙镇、丙乡、丁乡");
        assertEquals(1, f.size());
        assertEquals(Severity.WARNING, f.get(0).severity());
        assertEquals("chp_1__art_1", f.get(0).clauseId());
        assertEquals("第 1 行，正文 [5,12)", f.get(0).location());
        assertTrue(f.get(0).message().contains("实际出现2个镇（甲镇、乙镇）、2个乡（丙乡、丁乡）"), f.get(0).message());
    }

    @Test
    void aSubsetLikeFourteenTownshipsIsNotACountyTotal() {
        assertEquals(List.of(), check(g, "甲镇、乙镇等14个乡镇为农产品主产区"));
    }

    @Test
    void noTownshipsInTheGazetteerIsNoDataNotConsistent() {
        List<Finding> f = check(Gazetteer.empty(), "包括6个镇、10个乡。");
        assertEquals(1, f.size());
        assertEquals(Severity.INFO, f.get(0).severity());
        assertTrue(f.get(0).message().contains("无法核对"));
    }

    @Test
    void seedSaysSixTownsTenTownshipsButNamesSevenAndEleven() throws Exception {
        List<Clause> forest = new TextReader().read(Path.of("corpus/hunyuan/hunyuan-2021-2035.txt")).clauses();
        ClauseTree.assignPathIds(forest);
        List<Finding> f = new TownshipCountRule(new EntityLinker(GazetteerFormat.read(
                Path.of("corpus/hunyuan/gazetteer.tsv")))).check(forest);
        assertEquals(1, f.size(), f.toString());
        Finding x = f.get(0);
        assertEquals("chp_1__art_5", x.clauseId());
        assertTrue(x.location().startsWith("第 44 行"), x.location());
        assertTrue(x.message().startsWith("文中称“6个镇、10个乡”，但规划全文实际出现7个镇（"), x.message());
        assertTrue(x.message().contains("11个乡（") && x.message().contains("大磁窑镇") && x.message().contains("黄花滩乡"));
        assertTrue(x.message().contains("共18个乡级单位"));
    }

    @Test
    void chineseCounts() {
        assertEquals(6, ChineseCount.parse("六"));
        assertEquals(10, ChineseCount.parse("十"));
        assertEquals(14, ChineseCount.parse("十四"));
        assertEquals(23, ChineseCount.parse("二十三"));
        assertEquals(2, ChineseCount.parse("两"));
        assertEquals(16, ChineseCount.parse("16"));
    }
}
