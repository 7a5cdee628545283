package org.plantrace.conformance.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.plantrace.conformance.Verdict;

/** Unit conversion, comparators, ranges, tolerance, year and scope, % vs 百分点 — against units.tsv. */
class QuantityComparisonTest {
    private static final UnitTable UNITS = new UnitTable(Path.of("templates/review/units.tsv"));
    private final QuantityComparison comparison = new QuantityComparison(UNITS);

    private static Statement s(String op, String value, String unit) {
        return new Statement(op, new BigDecimal(value), null, unit, null, ScopeTable.WHOLE);
    }

    private static Statement range(String a, String b, String unit) {
        return new Statement("range", new BigDecimal(a), new BigDecimal(b), unit, null, ScopeTable.WHOLE);
    }

    private Verdict v(Statement township, Statement county) {
        return comparison.compare(township, county).verdict();
    }

    @Test
    void areasCompareAfterConversion() {
        // 9.01 万亩 = 6006.67 公顷
        assertEquals(Verdict.MET, v(s(">=", "6006.7", "公顷"), s(">=", "9.01", "万亩")));
        assertEquals(Verdict.VIOLATED, v(s(">=", "5800", "公顷"), s(">=", "9.01", "万亩")));
        assertEquals(Verdict.MET, v(s("=", "1941", "公顷"), s("=", "19.41", "平方千米")));
        assertEquals(Verdict.MET, v(s("=", "135150", "亩"), s("=", "90.1", "平方千米")));
        assertEquals(Verdict.VIOLATED, v(s("=", "1.25", "平方千米"), s("<=", "1.06", "平方千米")));
    }

    @Test
    void theReasonNamesBothValuesInTheCountysUnit() {
        String reason = comparison.compare(s("<=", "220", "平方米/人"), s("<=", "200", "平方米/人")).reason();
        assertTrue(reason.contains("220 平方米/人 > 200 平方米/人"), reason);
        String converted = comparison.compare(s(">=", "5800", "公顷"), s(">=", "9.01", "万亩")).reason();
        assertTrue(converted.contains("换算为 8.7 万亩") && converted.contains("8.7 万亩 < 9.01 万亩"), converted);
    }

    @Test
    void rangesAndPeopleAndDailyCapacity() {
        assertEquals(Verdict.MET, v(range("3000", "4500", "人"), range("0.3", "0.5", "万人")));
        assertEquals(Verdict.VIOLATED, v(s("=", "0.6", "万人"), range("0.3", "0.5", "万人")));
        assertEquals(Verdict.MET, v(s("=", "1200", "吨/日"), range("500", "1500", "吨/日")));
        // a coarse township figure does not stretch a bound: 0.2 万吨/日 is 2000 吨/日
        assertEquals(Verdict.VIOLATED, v(s("=", "0.2", "万吨/日"), range("500", "1500", "吨/日")));
        assertEquals(Verdict.UNCLEAR, v(range("1000", "2000", "吨/日"), range("500", "1500", "吨/日")));
        assertEquals(Verdict.MET, v(s("=", "0.1", "万千瓦"), s("=", "1", "兆瓦")));
    }

    @Test
    void comparatorsIncludeOrExcludeTheNumber() {
        assertEquals(Verdict.MET, v(s("=", "200", "平方米/人"), s("<=", "200", "平方米/人")), "以内 includes 200");
        assertEquals(Verdict.VIOLATED, v(s("=", "200", "平方米/人"), s("<", "200", "平方米/人")), "不满 excludes 200");
        assertEquals(Verdict.VIOLATED, v(s("=", "80", "%"), s(">", "80", "%")), "超过 excludes 80");
        assertEquals(Verdict.MET, v(s(">=", "85", "%"), s(">", "80", "%")));
        assertEquals(Verdict.VIOLATED, v(s("<=", "8", "%"), s("<=", "5", "%")), "a looser cap allows what the county forbids");
        assertEquals(Verdict.UNCLEAR, v(s(">=", "150", "平方米/人"), s("<=", "200", "平方米/人")), "a floor says nothing of the cap");
    }

    @Test
    void toleranceIsHalfAUnitOfTheStatedPrecision() {
        assertEquals(Verdict.MET, v(s("=", "65.4", "平方千米"), s("=", "65.39", "平方千米")), "65.4 is 65.39 rounded");
        assertEquals(Verdict.VIOLATED, v(s("=", "65.5", "平方千米"), s("=", "65.39", "平方千米")));
        assertEquals(Verdict.VIOLATED, v(s("=", "0.5", "万立方米/日"), s("=", "1", "万立方米/日")));
        assertEquals(Verdict.VIOLATED, v(s("=", "200.4", "平方米/人"), s("<=", "200", "平方米/人")));
    }

    @Test
    void percentAndPercentagePointsAreNotCompared() {
        assertEquals(Verdict.UNCLEAR, v(s("=", "2", "百分点"), s("<=", "5", "%")));
    }

    @Test
    void anotherYearOrAnotherAreaIsLeftToTheReviewer() {
        Statement county = new Statement("<=", new BigDecimal("200"), null, "平方米/人", 2035, ScopeTable.WHOLE);
        Statement y2025 = new Statement("<=", new BigDecimal("260"), null, "平方米/人", 2025, ScopeTable.WHOLE);
        Statement townSeat = new Statement("=", new BigDecimal("5"), null, "万人", null, "镇区");
        assertEquals(Verdict.UNCLEAR, v(y2025, county), "2025 vs 2035 is not a violation even with a worse value");
        assertEquals(Verdict.UNCLEAR, v(townSeat, range("0.5", "1", "万人")), "镇区 vs whole township");
    }
}
