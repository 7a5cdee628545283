package org.plantrace.domain.conformance;

/** Who made a finding: the engine when the review ran, or the reviewer who added it by selecting township text. */
public enum FindingOrigin {
    ENGINE("系统"),
    REVIEWER("审查人补充");

    private final String label;

    FindingOrigin(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
