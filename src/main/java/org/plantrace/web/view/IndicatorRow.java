package org.plantrace.web.view;

import org.plantrace.extract.indicator.Comparison;
import org.plantrace.extract.indicator.IndicatorClass;
import org.plantrace.web.i18n.Texts;
import org.plantrace.web.i18n.Words;

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
public record IndicatorRow(int row, String name, Object op, String value, String unit, Integer targetYear,
                           IndicatorClass kind, boolean binding) {

    /** Value and unit as one cell: 73.39 万亩, 75—80 %. */
    public String amount() {
        return unit.isEmpty() ? value : value + " " + unit;
    }

    /**
     * The comparator in the reader's language (≥, 约 / about, 区间 / range); one a drafter typed
     * oddly is shown as typed. Rows are built once per version and shared, so the words are looked
     * up when the page reads them (issue #14.9).
     */
    public String comparator() {
        return op instanceof Comparison c ? Words.here(c) : String.valueOf(op);
    }

    /** The target year as the reader's language writes it (2035年 / 2035); empty without one. */
    public String year() {
        return targetYear == null ? "" : Texts.in("org.plantrace.web.i18n.Links", "links.year", String.valueOf(targetYear));
    }

    /** 约束性 / binding, 预期性 / expected, or a dash when the class is unknown. */
    public String indicatorClass() {
        return kind == null ? "—" : Words.here(kind);
    }
}
