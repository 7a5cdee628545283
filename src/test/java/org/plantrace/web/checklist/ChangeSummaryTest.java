package org.plantrace.web.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plantrace.transmission.ChecklistItem;
import org.plantrace.transmission.QuantityTarget;
import org.plantrace.transmission.SourceClause;

/** Issue #14.8: a 需复核 row says what changed. */
class ChangeSummaryTest {
    private static ChecklistItem item(String requirement, boolean mandatory, String value) {
        QuantityTarget q = value == null ? null
                : new QuantityTarget("城镇开发边界面积", "<=", new BigDecimal(value), null, "平方千米", "规划文本");
        return new ChecklistItem("指标与控制线", requirement, mandatory, q, List.of(),
                List.of(new SourceClause("chp_3", "u1", "划定城镇开发边界", "0123456789abcdef")), "d-udb", false);
    }

    @Test
    void aChangedFigureIsQuotedAsWholeNumbers() {
        assertEquals("「16.46」→「16.50」", ChangeSummary.stretch("城镇开发边界面积16.46平方千米", "城镇开发边界面积16.50平方千米"));
        assertEquals("「7」→「8」", ChangeSummary.stretch("共7处", "共8处"));
        assertEquals("", ChangeSummary.stretch("相同", "相同"));
    }

    @Test
    void theRowNamesTheChangedTextNumberAndBinding() {
        String what = ChangeSummary.of(item("城镇开发边界面积不超过16.46平方千米", false, "16.46"),
                item("城镇开发边界面积不超过16.50平方千米", true, "16.50"));
        assertTrue(what.contains("要求：「16.46」→「16.50」"), what);
        assertTrue(what.contains("指标：城镇开发边界面积 ≤ 16.46 平方千米"), what);
        assertTrue(what.contains("约束：指导性 → 强制性"), what);
    }

    @Test
    void anItemWhoseWordsDidNotChangeSaysItsSourceDid() {
        ChecklistItem same = item("严守城镇开发边界", false, null);
        assertTrue(ChangeSummary.of(same, same).startsWith("来源条款文字有改动"));
    }

    @Test
    void aLongRewriteIsCut() {
        String what = ChangeSummary.stretch("甲" + "一".repeat(100), "甲" + "二".repeat(100));
        assertTrue(what.length() < 100, what);
        assertTrue(what.contains("…"));
    }
}
