package org.plantrace.application.authoring;

import org.plantrace.domain.message.Explained;
import org.plantrace.domain.message.Message;

/**
 * A change that cannot be made as asked: the version is not a draft, the clause is gone, the
 * input is empty or too long. The message says what to do (Chinese from {@code getMessage()}, the
 * reader's language from {@link #explanation()}); nothing was stored.
 */
public class AuthoringException extends RuntimeException implements Explained {
    private static final long serialVersionUID = 1L;
    private final transient Message explanation;

    public AuthoringException(String message) {
        super(message);
        this.explanation = null;
    }

    /** A refusal the web shows in the reader's language; {@code getMessage()} is its Chinese text. */
    public AuthoringException(Message explanation) {
        super(explanation.chinese());
        this.explanation = explanation;
    }

    @Override
    public Message explanation() {
        return explanation == null ? Message.of("common.verbatim", getMessage()) : explanation;
    }
}
