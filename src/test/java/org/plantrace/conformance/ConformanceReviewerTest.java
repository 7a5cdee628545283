package org.plantrace.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseKind;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.transmission.Checklist;
import org.plantrace.transmission.ChecklistItem;
import org.plantrace.transmission.QuantityTarget;
import org.plantrace.transmission.SourceClause;
import org.plantrace.transmission.Target;
import org.plantrace.transmission.TargetKind;

/** The engine on hand-made checklist items: severity, conclusion, rule names, never guessing, bad tables. */
class ConformanceReviewerTest {
    private static final SourceClause SOURCE = new SourceClause("chp_4__sec_3__art_3", "u1", "村庄布局", "0123456789abcdef");

    private static ChecklistItem item(String category, String requirement, boolean mandatory, QuantityTarget target) {
        return new ChecklistItem(category, requirement, mandatory, target, List.of(), List.of(SOURCE), "test-rule", false);
    }

    private static List<Clause> township(String... articles) {
        Clause chapter = new Clause(ClauseKind.CHAPTER, "一", "总则");
        int n = 0;
        for (String a : articles) {
            Clause c = new Clause(ClauseKind.ARTICLE, String.valueOf(++n), "第" + n + "条");
            c.setText(a);
            chapter.addChild(c);
        }
        List<Clause> forest = List.of(chapter);
        ClauseTree.assignPathIds(forest);
        return forest;
    }

    private static Review review(List<ChecklistItem> items, List<Clause> township) {
        Checklist c = new Checklist(new Target(TargetKind.TOWNSHIP, "王庄堡镇"), "hunyuan-2021-2035", "浑源县国土空间总体规划（2021—2035年）",
                1, Instant.EPOCH, items);
        return ReviewSamples.reviewer().review(c, ReviewSamples.county(), township, "测试乡镇规划");
    }

    @Test
    void aViolatedMandatoryItemIsSevereAndRejectsThePlan() {
        QuantityTarget perHead = new QuantityTarget("人均村庄建设用地指标", "<=", new BigDecimal("200"), null, "平方米/人", "规划文本");
        Review r = review(List.of(item("指标与控制线", "至2035年人均村庄建设用地指标控制在200平方米/人以内", true, perHead)),
                township("至2035年，人均村庄建设用地控制在220平方米/人以内。"));
        Finding f = r.findings().get(0);
        assertEquals(Verdict.VIOLATED, f.status());
        assertEquals(Finding.SEVERE, f.severity());
        assertEquals("test-rule/quantity", f.rule(), "the derivation rule and the review rule that decided");
        assertEquals("chp_1__art_1", f.townshipClauses().get(0).id());
        assertEquals("u1", f.countyClauses().get(0).uid());
        assertEquals(Review.REJECT, r.conclusion());
        assertEquals(1, r.summary().get(Verdict.VIOLATED));
    }

    @Test
    void theSameViolationFromANonMandatoryClauseIsOrdinary() {
        QuantityTarget perHead = new QuantityTarget("人均村庄建设用地指标", "<=", new BigDecimal("200"), null, "平方米/人", "规划文本");
        Review r = review(List.of(item("指标与控制线", "至2035年人均村庄建设用地指标控制在200平方米/人以内", false, perHead)),
                township("至2035年，人均村庄建设用地控制在220平方米/人以内。"));
        assertEquals(Finding.ORDINARY, r.findings().get(0).severity());
        assertEquals(Review.PASS_AFTER_REVISION, r.conclusion());
    }

    @Test
    void aCandidateWithoutAValueIsUnclearNotGuessed() {
        Review r = review(List.of(item("分类定位", "浑源县抗震设防烈度包括Ⅶ度（王庄堡镇）", false, null)),
                township("新建、改建、扩建建设工程必须达到抗震设防要求。"));
        Finding f = r.findings().get(0);
        assertEquals(Verdict.UNCLEAR, f.status());
        assertTrue(f.reason().contains("需人工判定"), f.reason());
    }

    @Test
    void anItemWithNothingToCheckIsUnclearAndAFullyCarriedOneIsMet() {
        Review r = review(List.of(item("规划管理要求", "重点统筹全域全要素规划管理", false, null),
                item("公共服务设施", "每个乡镇至少设立一所公办幼儿园", false, null)), township("镇区设立公办幼儿园1所。"));
        assertEquals(Verdict.UNCLEAR, r.findings().get(0).status());
        assertEquals(Verdict.MET, r.findings().get(1).status());
        assertEquals(Finding.NONE, r.findings().get(1).severity());
    }

    @Test
    void aMalformedTableIsRefusedWithItsNameAndLine(@TempDir Path dir) throws Exception {
        for (String f : List.of("units.tsv", "scopes.tsv", "indicators.tsv", "classifications.tsv", "facilities.tsv", "levels.tsv",
                "actions.tsv", "modality.tsv", "topics.tsv")) {
            Files.copy(Path.of("templates/review", f), dir.resolve(f));
        }
        Files.writeString(dir.resolve("units.tsv"), "unit\tbase\tfactor\tmeasure\n亩\t公顷\n", StandardCharsets.UTF_8);
        ReviewRulesException e = assertThrows(ReviewRulesException.class, () -> ReviewRules.read(dir));
        assertTrue(e.getMessage().contains("units.tsv") && e.getMessage().contains("第 2 行"), e.getMessage());
    }
}
