package org.plantrace.extract.lint;

import java.util.Objects;
import org.plantrace.domain.message.Message;

/**
 * One lint finding, pinned to a clause. {@code clauseId} is the clause's readable path id
 * ({@code chp_3__sec_1__art_2}) or null for a finding about the whole plan; {@code place} says
 * where inside the source or the clause ("第 572 行", "正文 [42,46)"); {@code text} is written for
 * the drafter. Both are messages: {@link #location()} and {@link #message()} are their Chinese (the
 * command line, the JSON of {@code lint}), the web shows them in the reader's language (issue #14.9).
 */
public record Finding(String rule, Severity severity, String clauseId, Message place, Message text) {
    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(text, "text");
        place = place == null ? Message.of("common.empty") : place;
    }

    /** A finding whose words were written as text, not as a message key: shown as they are. */
    public Finding(String rule, Severity severity, String clauseId, String location, String message) {
        this(rule, severity, clauseId, Message.of("common.verbatim", location == null ? "" : location),
                Message.of("common.verbatim", Objects.requireNonNull(message, "message")));
    }

    /** The same finding when it says the same, however its words were built (key or text). */
    @Override
    public boolean equals(Object o) {
        return o instanceof Finding f && rule.equals(f.rule) && severity == f.severity && Objects.equals(clauseId, f.clauseId)
                && location().equals(f.location()) && message().equals(f.message());
    }

    @Override
    public int hashCode() {
        return Objects.hash(rule, severity, clauseId, location(), message());
    }

    /** Where, in Chinese. */
    public String location() {
        return place.chinese();
    }

    /** What, in Chinese. */
    public String message() {
        return text.chinese();
    }

    /** The words every rule uses when it could not check (no layer, no count beside a rate …). */
    public static final String NO_DATA_MARK = "无法核对";

    /**
     * A finding that says "could not check" rather than "inconsistent": shown apart, never counted
     * as consistent. Rules mark it by saying {@value #NO_DATA_MARK} in an info finding pinned to a
     * clause (a rule's whole-plan summary counts its no-data cases in the same words, but is a summary).
     */
    public boolean noData() {
        return severity == Severity.INFO && clauseId != null && message().contains(NO_DATA_MARK);
    }

    /** A rule's whole-plan summary: not pinned to any clause. */
    public boolean summary() {
        return clauseId == null;
    }
}
