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
}
