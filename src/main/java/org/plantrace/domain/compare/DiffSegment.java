package org.plantrace.domain.compare;

import java.util.Objects;

/**
 * A run of characters on one side of a comparison: kept, deleted (older side only) or inserted
 * (newer side only), and whether it lies inside a mandatory span of that side.
 */
public record DiffSegment(Op op, String text, boolean mandatory) {
    public enum Op {
        EQUAL, DELETE, INSERT
    }

    public DiffSegment {
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(text, "text");
    }

    public boolean changed() {
        return op != Op.EQUAL;
    }
}
