package org.plantrace.extract.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IndicatorListingTest {
    @Test
    void fieldsComeInTheCliOrder() {
        List<Map<String, Object>> rows = IndicatorListing.of("至2035年，耕地保有量不低于73.39万亩，扩展倍数控制在1.25以内。");
        assertEquals(2, rows.size());
        Map<String, Object> first = rows.get(0);
        assertEquals(List.of("name", "op", "value", "valueMax", "unit", "normalized", "year", "class", "span", "baseYear",
                "shareOf"), List.copyOf(first.keySet()));
        assertEquals("耕地保有量", first.get("name"));
        assertEquals(">=", first.get("op"));
        assertEquals(new BigDecimal("73.39"), first.get("value"));
        assertEquals("万亩", first.get("unit"));
        assertEquals(2035, first.get("year"));
        assertEquals("binding", first.get("class"));
        assertEquals(List.of(15, 22), first.get("span"));
        assertEquals("公顷", ((Map<?, ?>) first.get("normalized")).get("unit"));
        assertNull(rows.get(1).get("unit"), "no unit written: null, not an empty string");
        assertNull(rows.get(1).get("normalized"));
    }
}
