package org.plantrace.domain.compare;

import java.util.EnumSet;
import java.util.Set;

/**
 * One clause across two versions: its state in each (null where it is absent), what happened to
 * it, the character diffs of heading and text, and how the change touches mandatory provisions.
 */
public record ClauseChange(String uid, ClauseState older, ClauseState newer, Set<ChangeKind> kinds,
        TextDiff heading, TextDiff text, Set<MandatoryChange> mandatory) {
    public ClauseChange {
        kinds = kinds.isEmpty() ? EnumSet.of(ChangeKind.UNCHANGED) : EnumSet.copyOf(kinds);
        mandatory = mandatory.isEmpty() ? Set.of() : EnumSet.copyOf(mandatory);
    }

    public boolean is(ChangeKind kind) {
        return kinds.contains(kind);
    }

    /** Anything to show: a change of place, number, words or mandatory marking. */
    public boolean changed() {
        return !kinds.contains(ChangeKind.UNCHANGED) || !mandatory.isEmpty();
    }

    public boolean touchesMandatory() {
        return !mandatory.isEmpty();
    }

    /** The state to name the clause by: the newer one, or the older for a removed clause. */
    public ClauseState current() {
        return newer != null ? newer : older;
    }
}
