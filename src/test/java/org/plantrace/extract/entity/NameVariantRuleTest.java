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

/** ENT001: name variants and typos are linked and reported, pinned to clause and span. */
class NameVariantRuleTest {
    @Test
    void fixtureReportsTypoAndInconsistentFormButNotCanonicalOrShortForms() {
        List<Clause> plan = Fixtures.plan(
                Fixtures.clause("", "青磁窑镇、东坊城乡、大磁窑、沙圪坨"),
                Fixtures.clause("", "Ⅶ度（东方城乡、青磁窑乡）"));
        List<Finding> f = new NameVariantRule(new EntityLinker(Fixtures.townships())).check(plan);
        assertEquals(2, f.size());
        assertEquals(new Finding("ENT001", Severity.WARNING, "chp_1__art_2", "第 1 行，正文 [3,7)",
                "“东方城乡”疑为“东坊城乡”的笔误，已按东坊城乡链接，请更正。"), f.get(0));
        assertEquals(Severity.WARNING, f.get(1).severity());
        assertTrue(f.get(1).message().contains("青磁窑乡") && f.get(1).message().contains("青磁窑镇"));
        assertEquals("第 1 行，正文 [8,12)", f.get(1).location());
    }

    @Test
    void suspectedVariantIsInfo() {
        Gazetteer g = Fixtures.gazetteer("st,迎宾街,street,迎宾路:suspected");
        List<Finding> f = new NameVariantRule(new EntityLinker(g)).check(Fixtures.plan(Fixtures.clause("迎宾路以北", "")));
        assertEquals(1, f.size());
        assertEquals(Severity.INFO, f.get(0).severity());
        assertEquals("第 1 行，标题 [0,3)", f.get(0).location());
    }

    @Test
    void seedReportsDongfangchengTypoAndQingciyaoTownshipForm() throws Exception {
        List<Clause> forest = new TextReader().read(Path.of("corpus/hunyuan/hunyuan-2021-2035.txt")).clauses();
        ClauseTree.assignPathIds(forest);
        List<Finding> warnings = new NameVariantRule(new EntityLinker(GazetteerFormat.read(
                Path.of("corpus/hunyuan/gazetteer.tsv")))).check(forest).stream()
                .filter(x -> x.severity() == Severity.WARNING).toList();
        assertEquals(2, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).message().startsWith("“东方城乡”疑为“东坊城乡”"));
        assertTrue(warnings.get(1).message().startsWith("“青磁窑乡”与文中其他处的“青磁窑镇”"));
        for (Finding w : warnings) {
            assertTrue(w.location().startsWith("第 571 行，正文 "), w.location());
            assertEquals("chp_8__sec_3__art_5", w.clauseId());
        }
    }
}
