package org.plantrace.extract.lint.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plantrace.extract.lint.Finding;
import org.plantrace.extract.lint.PlanLint;
import org.plantrace.planpackage.PlanPackages;

/**
 * The numeric rules on the Hunyuan seed, as {@code lint} runs them (layers found beside the plan).
 *
 * <p>The issue asks whether 16.46 km² = 0.84% and 392.27 km² = 19.93% agree with 538.87 km² = 27.37%
 * (≈ 1968.8 km²), whether the 自然保护地 total matches its parts, and whether 13万 of 20万 is 65%.
 * Worked by hand (see each rule's test), the honest answers are: the shares agree within their
 * rounding (1959.5 and 1968.2 km², ranges [1947.34, 1971.86] and [1967.72, 1968.76] meet
 * [1968.46, 1969.21]); the seven protected areas sum to 392.2661 ≈ 392.27 km² (consistent, reported
 * as info because such areas usually overlap); 13 / 20 = 65% and 10.12 / 23.77 = 42.57% ≈ 42.58%;
 * repeated indicators repeat the same values. Two inconsistencies: the county outline layer
 * (1936.64 km², real but simplified) against the 1968.8 km² the shares imply (−1.64%), and the town
 * size structure (11 + 0.5—1 + 14 × 0.3—0.5 = 15.7—19万人) against the 13万 urban population.
 */
class HunyuanNumericLintTest {

    @Test
    void seedFindingsArePinnedToTheirClauses() throws Exception {
        List<Finding> f = new PlanLint(NumericRules.forPackage(PlanPackages.located().forPath(Plans.SEED))).check(Plans.seed());
        List<String> pinned = new ArrayList<>();
        List<String> summaries = new ArrayList<>();
        for (Finding x : f) {
            if (x.clauseId() == null) {
                summaries.add(x.rule());
                assertEquals("全文", x.location());
            } else {
                pinned.add(x.rule() + " " + x.severity() + " " + x.clauseId() + " " + x.location());
            }
        }
        assertEquals(List.of(
                "NUM002 INFO chp_5__sec_2__art_1 第 224 行，正文 [60,70)",          // 自然保护地 392.27 = Σ 7 parts
                "NUM002 INFO chp_7__sec_1__art_3__item_3 第 434 行，正文 [46,53)",  // 历史文化街区 63.34 = 30.13 + 33.21
                "NUM003 WARNING chp_3__sec_1__art_2 第 95 行，正文 [112,118)",      // county layer −1.64%
                "NUM004 WARNING chp_6__sec_1__art_3 第 311 行，正文 [55,59)"),      // town sizes 15.7—19万 vs 城镇人口13万
                pinned);
        // every rule reports once in a summary, so "ran and agreed" is not confused with "did not run"
        assertEquals(List.of("NUM001", "NUM002", "NUM003", "NUM004", "NUM005", "NUM006"), summaries);
        String shares = f.stream().filter(x -> x.rule().equals("NUM001")).findFirst().orElseThrow().message();
        assertTrue(shares.contains("一致3处，不一致0处"), shares);
    }

    @Test
    void withoutLayersNumThreeSaysNoDataForEachStatedArea(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp)
            throws Exception {
        java.nio.file.Path doc = java.nio.file.Files.copy(Plans.SEED, tmp.resolve("plan.txt"));
        assertTrue(PlanPackages.located().forPath(doc).layersFolder().isEmpty(), "a loose copy has no package");
        List<Finding> f = NumericRules.forPackage(PlanPackages.located().forPath(doc)).get(2).check(Plans.seed());
        // 生态保护红线 (95), 耕地 and 永久基本农田 (91), 城镇开发边界 (99), 中心城区 (44), 历史城区 (432), 历史文化街区 (434)
        assertEquals(7, Plans.pinned(f).size(), f.toString());
        assertTrue(Plans.pinned(f).stream().allMatch(p -> p.startsWith("INFO ")));
        assertTrue(Plans.summary(f).message().contains("一致0处，不一致0处，无法核对7处"), Plans.summary(f).message());
    }
}
