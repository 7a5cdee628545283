package org.plantrace.web.view;

/**
 * One row of a clause page's indicator table, already in the words the page shows.
 *
 * @param row        the row number from 1; the value's highlight in the text carries the same number
 * @param comparator ≥, ≤, >, <, =, 约 or 区间
 * @param value      the number as written (a range as a—b)
 * @param unit       the unit as written, empty when the text gives none
 * @param year       the target year as 2035年, else empty
 * @param indicatorClass 约束性 or 预期性 (a drafter's override wins)
 */
public record IndicatorRow(int row, String name, String comparator, String value, String unit, String year,
                           String indicatorClass, boolean binding) {

    /** Value and unit as one cell: 73.39 万亩, 75—80 %. */
    public String amount() {
        return unit.isEmpty() ? value : value + " " + unit;
    }
}
