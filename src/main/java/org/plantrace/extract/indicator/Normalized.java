package org.plantrace.extract.indicator;

import java.math.BigDecimal;

/**
 * An indicator's value in a base unit (万亩 → 公顷, 亿立方米 → 立方米), so that figures written in
 * different units compare. {@code valueMax} is null unless the indicator is a range.
 */
public record Normalized(BigDecimal value, BigDecimal valueMax, String unit) {
}
