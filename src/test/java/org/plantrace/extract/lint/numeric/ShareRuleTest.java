package org.plantrace.extract.lint.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.plantrace.extract.lint.Finding;

/** NUM001: shares of the county area must imply one county, within the rounding of what is written. */
class ShareRuleTest {
    private static final String RED_LINE = "划定生态保护红线面积200.00平方千米，占县域国土面积的20.00%。";

    private static List<Finding> check(String... texts) {
        return new ShareRule().check(Plans.of(texts));
    }

    @Test
    void agreeingSharesAreOnlyCountedInTheSummary() {
        // 200.00 / 20.00% ⇒ [199.995/0.20005, 200.005/0.19995] = [999.73, 1000.28] km²
        // 100.00 / 10.00% ⇒ [99.995/0.10005, 100.005/0.09995] = [999.45, 1000.55]: the ranges meet
        List<Finding> f = check(RED_LINE, "划定城镇开发边界100.00平方千米，占县域国土面积的10.00%。");
        assertEquals(List.of(), Plans.pinned(f));
        assertTrue(Plans.summary(f).message().startsWith("共核对2处“占县域国土面积的百分比”：一致2处，不一致0处，无法核对0处。"),
                Plans.summary(f).message());
    }

    @Test
    void aShareOffByMoreThanItsRoundingIsAnErrorOnItsClause() {
        // 100.00 / 10.03% ⇒ [99.995/0.10035, 100.005/0.10025] = [996.46, 997.56], misses [999.73, 1000.28]:
        // only 0.3% off, which a fixed tolerance would let pass, but 10.03 is not 10.00 by rounding
        List<Finding> f = check(RED_LINE, "划定城镇开发边界100.00平方千米，占县域国土面积的10.03%。");
        assertEquals(List.of("ERROR chp_1__art_2"), Plans.pinned(f));
        Finding e = f.get(0);
        assertEquals("第 2 行，正文 [27,33)", e.location());
        assertTrue(e.message().contains("100.00平方千米 ÷ 10.03% ⇒ 县域约997.0平方千米"), e.message());
        assertTrue(e.message().contains("第 1 行的200.00平方千米 ÷ 20.00% ⇒ 县域约1000.0平方千米"), e.message());
        assertTrue(e.message().contains("应占10.00%"), e.message());
        assertTrue(Plans.summary(f).message().contains("不一致1处"));
    }

    @Test
    void theMostPreciseStatementIsTheReference() {
        // the same pair in the other order: the error still falls on the coarser statement (10.03%)
        List<Finding> f = check("划定城镇开发边界100.00平方千米，占县域国土面积的10.03%。", RED_LINE);
        assertEquals(List.of("ERROR chp_1__art_1"), Plans.pinned(f));
    }

    @Test
    void aShareWithoutItsAreaIsNoDataNotConsistent() {
        List<Finding> f = check("林地占县域国土面积的30.00%。");
        assertEquals(List.of("INFO chp_1__art_1"), Plans.pinned(f));
        assertTrue(f.get(0).message().endsWith("无法核对。"), f.get(0).message());
        assertTrue(Plans.summary(f).message().contains("一致0处，不一致0处，无法核对1处"));
    }

    @Test
    void seedSharesAgreeWithinRounding() throws Exception {
        // By hand: 538.87 / 27.37%  ⇒ 1968.84 km², range [538.865/0.27375, 538.875/0.27365] = [1968.46, 1969.21]
        //          16.46  / 0.84%   ⇒ 1959.52 km², range [16.455/0.00845, 16.465/0.00835]    = [1947.34, 1971.86]
        //          392.27 / 19.93%  ⇒ 1968.24 km², range [392.265/0.19935, 392.275/0.19925]  = [1967.72, 1968.76]
        // 0.84% is 0.47% "off" but written with two decimals it can mean 0.835–0.845%, ±0.6%; 19.93% is
        // 0.03% off and within its rounding too (the ranges share [1968.46, 1968.76]). So the plan's
        // three shares are consistent: the question is answered "yes, they agree".
        List<Finding> f = new ShareRule().check(Plans.seed());
        assertEquals(List.of(), Plans.pinned(f));
        String s = Plans.summary(f).message();
        assertTrue(s.contains("一致3处，不一致0处，无法核对0处"), s);
        assertTrue(s.contains("第 95 行 538.87平方千米 ÷ 27.37% ⇒ 县域约1968.8平方千米（计入四舍五入为1968.46—1969.21）"), s);
        assertTrue(s.contains("16.46平方千米 ÷ 0.84% ⇒ 县域约1959.5平方千米（计入四舍五入为1947.34—1971.86）"), s);
        assertTrue(s.contains("392.27平方千米 ÷ 19.93% ⇒ 县域约1968.2平方千米（计入四舍五入为1967.72—1968.76）"), s);
    }
}
