package org.plantrace.extract.lint;

import java.util.Objects;

/**
 * One lint finding, pinned to a clause. {@code clauseId} is the clause's readable path id
 * ({@code chp_3__sec_1__art_2}) or null for a finding about the whole plan; {@code location} says
 * where inside the source or the clause ("第 572 行", "正文 [42,46)"); {@code message} is Chinese,
 * written for the drafter.
 */
public record Finding(String rule, Severity severity, String clauseId, String location, String message) {
    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        location = location == null ? "" : location;
    }

    /** The words every rule uses when it could not check (no layer, no count beside a rate …). */
    public static final String NO_DATA_MARK = "无法核对";

    /**
     * A finding that says "could not check" rather than "inconsistent": shown apart, never counted
     * as consistent. Rules mark it by saying {@value #NO_DATA_MARK} in an info finding pinned to a
     * clause (a rule's whole-plan summary counts its no-data cases in the same words, but is a summary).
     */
    public boolean noData() {
        return severity == Severity.INFO && clauseId != null && message.contains(NO_DATA_MARK);
    }

    /** A rule's whole-plan summary: not pinned to any clause. */
    public boolean summary() {
        return clauseId == null;
    }
}
