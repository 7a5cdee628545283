package org.plantrace.web.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plantrace.conformance.Finding;
import org.plantrace.conformance.Verdict;
import org.plantrace.domain.conformance.ConformanceRecord;
import org.plantrace.domain.conformance.DecisionKind;
import org.plantrace.domain.conformance.FindingOrigin;
import org.plantrace.domain.conformance.RecordedFinding;
import org.plantrace.domain.conformance.ReviewDecision;

/** The review page's rows: evidence marked inside its clause, county and township clauses linked, filters on the effective verdict. */
class FindingRowsTest {
    static final Instant AT = Instant.parse("2026-03-02T02:00:00Z");

    static ConformanceRecord record() {
        Finding a = new Finding(Verdict.VIOLATED, "指标", "耕地保有量不低于7450公顷", true, Finding.SEVERE,
                List.of(new Finding.CountyCite("c1", "chp_1__art_2", "耕地保有量…", "《县规划》第二条")),
                List.of(new Finding.TownshipCite("chp_3__art_6", "耕地", "严守耕地。至2035年，耕地保有量不低于7320公顷。其余。"),
                        new Finding.TownshipCite("chp_3__art_7", "红线", "生态保护红线面积1941公顷。")),
                "至2035年，耕地保有量不低于7320公顷。 / 生态保护红线面积1941公顷。", "7320 < 7450", "d/quantity");
        Finding b = new Finding(Verdict.MET, "控制线", "划定生态保护红线", false, Finding.NONE, List.of(), List.of(), "", "写到", "d/terms");
        ReviewDecision override = new ReviewDecision(DecisionKind.OVERRIDDEN, Verdict.MET, "同意", "reviewer", AT, 4);
        return new ConformanceRecord(9, 1, "c--tw-w", 2, "c", 1, "王庄堡镇", "县规划", "镇规划",
                new ConformanceRecord.ChecklistUsed("王庄堡镇", 2, ""), "reviewer", AT, "不予通过", null, 0, List.of(),
                List.of(new RecordedFinding(1, a, FindingOrigin.ENGINE, override), new RecordedFinding(2, b, FindingOrigin.ENGINE, null)));
    }

    @Test
    void evidenceIsMarkedInEachClauseItCameFrom() {
        List<FindingRow> rows = FindingRows.of(record(), Map.of("chp_3__art_6", "u6"));
        FindingRow first = rows.get(0);
        FindingRow.TownshipView six = first.township().get(0);
        assertEquals("严守耕地。", six.before());
        assertEquals("至2035年，耕地保有量不低于7320公顷。", six.marked());
        assertEquals("其余。", six.after());
        assertEquals("/plans/c--tw-w/2/clauses/u6", six.path());
        FindingRow.TownshipView seven = first.township().get(1);
        assertEquals("生态保护红线面积1941公顷。", seven.marked());
        assertEquals("", seven.path(), "a path id the version does not have links nowhere");
        assertEquals("/plans/c/1/clauses/c1", first.county().get(0).path());
        assertEquals("《县规划》第二条", first.county().get(0).citation());
        assertEquals("met", first.verdict());
        assertEquals("不符合", first.engineLabel());
        assertEquals(true, first.carried());
    }

    @Test
    void filtersReadTheEffectiveVerdictCategoryAndMandatory() {
        List<FindingRow> rows = FindingRows.of(record(), Map.of());
        assertEquals(List.of(1, 2), FindingRows.filter(rows, "met", "", false).stream().map(FindingRow::number).toList());
        assertEquals(List.of(), FindingRows.filter(rows, "violated", null, false));
        assertEquals(List.of(2), FindingRows.filter(rows, "", "控制线", false).stream().map(FindingRow::number).toList());
        assertEquals(List.of(1), FindingRows.filter(rows, null, null, true).stream().map(FindingRow::number).toList());
    }
}
