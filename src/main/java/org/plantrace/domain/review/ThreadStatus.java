package org.plantrace.domain.review;

/** Whether a thread still needs attention. */
public enum ThreadStatus {
    OPEN("未解决"),
    RESOLVED("已解决");

    private final String label;

    ThreadStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
