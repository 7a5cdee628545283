package org.plantrace.conformance;

/** The verdict of one finding, with the word reviewers use and the JSON spelling. */
public enum Verdict {
    MET("met", "符合"),
    VIOLATED("violated", "不符合"),
    PARTIAL("partial", "部分落实"),
    MISSING("missing", "缺项"),
    UNCLEAR("unclear", "需人工判定");

    private final String code;
    private final String label;

    Verdict(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** How much a verdict weighs when several checks of one item disagree: the worse one stands. */
    int weight() {
        return switch (this) {
            case VIOLATED -> 4;
            case UNCLEAR -> 3;
            case PARTIAL -> 2;
            case MISSING -> 1;
            case MET -> 0;
        };
    }
}
