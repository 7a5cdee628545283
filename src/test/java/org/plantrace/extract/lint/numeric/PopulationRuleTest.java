package org.plantrace.extract.lint.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.plantrace.extract.lint.Finding;

/** NUM004: 城镇人口 ÷ 常住人口 against the stated 城镇化率, per clause and year. */
class PopulationRuleTest {
    private static final String SEED_SENTENCE = "2020年，浑源县常住人口23.77万人，其中城镇人口10.12万人，城镇化率42.58%；"
            + "至2035年，浑源县常住人口约20万人，其中城镇人口13万人，城镇化率达到65%左右。";

    @Test
    void seedArithmeticAgrees() throws Exception {
        // By hand: 2020: 10.12 / 23.77 = 42.574%, range [10.115/23.775, 10.125/23.765] = [42.545%, 42.605%],
        //          meets 42.58% ([42.575, 42.585]).
        //          2035: 13 / 20 = 65.00% exactly (range [12.5/20.5, 13.5/19.5] = [60.98%, 69.23%]).
        for (List<Finding> f : List.of(new PopulationRule().check(Plans.of(SEED_SENTENCE)), new PopulationRule().check(Plans.seed()))) {
            String s = Plans.summary(f).message();
            assertTrue(s.contains("一致2处"), s);
            assertTrue(s.contains("2020年城镇人口10.12万人 ÷ 常住人口23.77万人 = 42.57%（计入四舍五入为42.54—42.60%），文中城镇化率为42.58%"), s);
            assertTrue(s.contains("2035年城镇人口13万人 ÷ 常住人口20万人 = 65.00%"), s);
        }
    }

    @Test
    void seedTownSizesAddUpToMoreThanTheUrbanPopulation() throws Exception {
        // By hand (line 311): 县级中心城市1个 约11万 + 重点镇1个 0.5—1万 + 一般乡镇14个 × 0.3—0.5万
        // = 15.7—19.0万人; with rounding ([10.5, 11.5] + [0.45, 1.5] + 14 × [0.25, 0.55]) 14.45—20.70万人.
        // The 2035 urban population (line 304) is 13万 ([12.5, 13.5]). Town sizes in a 城镇等级规模结构 are
        // built-up-area (urban) populations, so the plan's towns hold 2–6万 more urban residents than it has.
        List<Finding> f = new PopulationRule().check(Plans.seed());
        assertEquals(List.of("WARNING chp_6__sec_1__art_3"), Plans.pinned(f));
        assertTrue(f.get(0).message().startsWith("城镇规模结构合计11万人×1 + 0.5—1万人×1 + 0.3—0.5万人×14 = 15.7—19万人（计入四舍五入为14.45—20.70万人），"
                + "第 304 行的2035年城镇人口为13万人"), f.get(0).message());
        assertTrue(Plans.summary(f).message().contains("一致2处，不一致1处，无法核对0处"));
    }

    @Test
    void townSizesMatchingTheUrbanPopulationAreConsistent() {
        List<Finding> f = new PopulationRule().check(Plans.of(SEED_SENTENCE,
                "县级中心城市1个，规划常住人口规模约11万人；一般乡镇4个，规划人口规模0.5万人。"));
        assertEquals(List.of(), Plans.pinned(f));
        assertTrue(Plans.summary(f).message().contains("一致3处，不一致0处"), Plans.summary(f).message());
    }

    @Test
    void aRateTheCountsCannotGiveIsAnError() {
        // 12 / 20 = 60%, range [11.5/20.5, 12.5/19.5] = [56.10%, 64.10%]: 65% is outside
        List<Finding> f = new PopulationRule().check(Plans.of("至2035年，常住人口约20万人，其中城镇人口12万人，城镇化率达到65%左右。"));
        assertEquals(List.of("ERROR chp_1__art_1"), Plans.pinned(f));
        assertTrue(f.get(0).message().startsWith("2035年城镇人口12万人 ÷ 常住人口20万人 = 60.00%"), f.get(0).message());
    }

    @Test
    void precisionDecides() {
        // 42.68% is 0.1 point from 42.574% — outside [42.545, 42.605] although "close"
        List<Finding> f = new PopulationRule().check(Plans.of("2020年，常住人口23.77万人，其中城镇人口10.12万人，城镇化率42.68%。"));
        assertEquals(List.of("ERROR chp_1__art_1"), Plans.pinned(f));
    }

    @Test
    void aRateWithOneCountIsNoData() {
        List<Finding> f = new PopulationRule().check(Plans.of("至2035年，常住人口约20万人，城镇化率达到65%。"));
        assertEquals(List.of("INFO chp_1__art_1"), Plans.pinned(f));
        assertTrue(f.get(0).message().endsWith("缺少城镇人口，无法核对。"), f.get(0).message());
    }
}
