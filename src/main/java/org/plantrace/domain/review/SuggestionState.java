package org.plantrace.domain.review;

/** Where a suggested change stands: waiting for a drafter, taken into the draft, or turned down. */
public enum SuggestionState {
    PENDING("待处理"),
    ACCEPTED("已采纳"),
    REJECTED("未采纳");

    private final String label;

    SuggestionState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
