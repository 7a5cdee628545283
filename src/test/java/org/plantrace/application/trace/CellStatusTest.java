package org.plantrace.application.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.plantrace.conformance.Verdict;

/** How the verdicts of several items from one county clause fold into one cell. */
class CellStatusTest {
    @Test
    void aViolationOutweighsEverythingThenWhatNeedsAPerson() {
        assertEquals(CellStatus.VIOLATED, CellStatus.of(List.of(Verdict.MET, Verdict.VIOLATED, Verdict.UNCLEAR)));
        assertEquals(CellStatus.UNCLEAR, CellStatus.of(List.of(Verdict.MET, Verdict.UNCLEAR, Verdict.MISSING)));
    }

    @Test
    void allMetIsMetAllMissingIsMissingAMixIsPartial() {
        assertEquals(CellStatus.MET, CellStatus.of(List.of(Verdict.MET, Verdict.MET)));
        assertEquals(CellStatus.MISSING, CellStatus.of(List.of(Verdict.MISSING, Verdict.MISSING)));
        assertEquals(CellStatus.PARTIAL, CellStatus.of(List.of(Verdict.MET, Verdict.MISSING)));
        assertEquals(CellStatus.PARTIAL, CellStatus.of(List.of(Verdict.PARTIAL)));
    }

    @Test
    void noVerdictMeansNoTownshipPlan() {
        assertEquals(CellStatus.NO_PLAN, CellStatus.of(List.of()));
        assertEquals("无下级规划", CellStatus.NO_PLAN.label());
        assertEquals("部分", CellStatus.PARTIAL.label());
    }
}
