package org.plantrace.extract.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndicatorRulesTest {
    @Test
    void theShippedRulesAreOnTheClasspath() {
        IndicatorRules rules = IndicatorRules.standard();
        assertEquals("平方米/人", rules.unitAt("200平方米/人以内", 3).written(), "longest unit wins");
        assertEquals("不超过", rules.prefixes.stream().filter(p -> "不超过超过".startsWith(p.text())).findFirst().orElseThrow().text());
        assertTrue(rules.bindingKeywords.contains("耕地保有量"));
    }

    @Test
    void otherWordingIsAMatterOfTheRuleFile() throws Exception {
        IndicatorRules rules = IndicatorRules.read(new StringReader("""
                # a bureau that writes 不得少于 and counts in 平方公里
                unit\t平方公里\t公顷\t100
                prefix\t不得少于\t>=
                """));
        List<Indicator> found = new IndicatorExtractor(rules).extract("湿地面积不得少于12平方公里");
        assertEquals(1, found.size());
        assertEquals(Comparison.AT_LEAST, found.get(0).op());
        assertEquals("湿地面积", found.get(0).name());
    }

    @Test
    void aBadLineIsReportedWithItsNumber() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> IndicatorRules.read(new StringReader("unit\t亩\t公顷\t1/15\nprefix\t不低于\t>>\n")));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }
}
