package org.plantrace.extract.indicator;

/**
 * A number (or a—b range) with the unit and comparator suffix written right after it, before any
 * decision whether it is an indicator. {@code start}/{@code spanEnd} cover the digits and the unit;
 * {@code end} also covers the suffix (以上, 以内, 左右). {@code unit} is null when none is written.
 */
record Quantity(int start, int spanEnd, int end, String value, String valueMax, IndicatorRules.UnitRule unit,
        IndicatorRules.Phrase suffix) {

    boolean isRange() {
        return valueMax != null;
    }

    String unitText() {
        return unit == null ? "" : unit.written();
    }
}
