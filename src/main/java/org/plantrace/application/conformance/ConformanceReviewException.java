package org.plantrace.application.conformance;

import org.plantrace.domain.message.Message;

/** A review step refused, with a Chinese message saying why and what to do; nothing was stored. */
public class ConformanceReviewException extends RuntimeException implements org.plantrace.domain.message.Explained {
    private static final long serialVersionUID = 1L;
    private final transient Message explanation;

    public ConformanceReviewException(String message) {
        super(message);
        this.explanation = Message.of("common.verbatim", message);
    }

    /** A refusal the web shows in the reader's language; {@code getMessage()} is its Chinese text. */
    public ConformanceReviewException(Message explanation) {
        super(explanation.chinese());
        this.explanation = explanation;
    }

    @Override
    public Message explanation() {
        return explanation;
    }
}
