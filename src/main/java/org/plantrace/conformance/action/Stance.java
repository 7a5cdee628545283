package org.plantrace.conformance.action;

/** What a sentence does with an object. Contradicting pairs: keep ↔ remove, prohibit ↔ permit. */
public enum Stance {
    KEEP,
    REMOVE,
    PROHIBIT,
    PERMIT;

    public boolean contradicts(Stance other) {
        return switch (this) {
            case KEEP -> other == REMOVE;
            case REMOVE -> other == KEEP;
            case PROHIBIT -> other == PERMIT;
            case PERMIT -> other == PROHIBIT;
        };
    }
}
