package org.plantrace.domain.review;

import java.time.Instant;
import java.util.Objects;

/**
 * A change a reviewer proposes: the clause's whole new heading and text. A drafter accepts it
 * (applied to the draft as an ordinary edit) or rejects it; the decision is kept.
 *
 * @param baseHeading the heading when the suggestion was made, to show what it changes
 * @param baseText    the text when the suggestion was made
 */
public record Suggestion(String heading, String text, String baseHeading, String baseText, SuggestionState state,
        String decidedBy, Instant decidedAt) {
    public Suggestion {
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(text, "text");
        baseHeading = baseHeading == null ? "" : baseHeading;
        baseText = baseText == null ? "" : baseText;
        Objects.requireNonNull(state, "state");
        decidedBy = decidedBy == null ? "" : decidedBy;
    }

    public static Suggestion proposed(String heading, String text, String baseHeading, String baseText) {
        return new Suggestion(heading, text, baseHeading, baseText, SuggestionState.PENDING, "", null);
    }

    public boolean pending() {
        return state == SuggestionState.PENDING;
    }

    Suggestion decided(SuggestionState outcome, String by, Instant at) {
        return new Suggestion(heading, text, baseHeading, baseText, outcome, by, at);
    }
}
