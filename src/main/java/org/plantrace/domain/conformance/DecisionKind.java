package org.plantrace.domain.conformance;

/** What the reviewer did with a finding. */
public enum DecisionKind {
    /** The engine's verdict stands (确认). */
    CONFIRMED("确认"),
    /** Another verdict, with the reviewer's note saying why (改判). */
    OVERRIDDEN("改判");

    private final String label;

    DecisionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
