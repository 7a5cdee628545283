package org.plantrace.domain.review;

import org.plantrace.domain.clause.Span;

/**
 * What a thread is about: a whole clause ({@code span} null), or a span of its text in the
 * version commented on, with the words it covered then ({@code quote}), which stay readable when
 * later versions change the text around them.
 */
public record Anchor(Span span, String quote) {
    public static final Anchor WHOLE_CLAUSE = new Anchor(null, "");

    public Anchor {
        quote = quote == null ? "" : quote;
    }

    public boolean wholeClause() {
        return span == null;
    }
}
