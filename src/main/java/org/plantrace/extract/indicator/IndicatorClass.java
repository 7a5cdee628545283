package org.plantrace.extract.indicator;

/** 约束性 (binding: decomposed to townships, may not be exceeded) or 预期性 (expected) indicator. */
public enum IndicatorClass {
    BINDING("约束性"),
    EXPECTED("预期性");

    private final String chineseName;

    IndicatorClass(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }

    /** The JSON and rule-file spelling: {@code binding}, {@code expected}. */
    public String jsonName() {
        return name().toLowerCase();
    }

    public static IndicatorClass ofJsonName(String name) {
        return valueOf(name.toUpperCase());
    }
}
