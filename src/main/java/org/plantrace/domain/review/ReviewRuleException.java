package org.plantrace.domain.review;

import org.plantrace.domain.message.Message;

/** A review step that the thread's state does not allow; the message is Chinese and says why. */
public class ReviewRuleException extends RuntimeException implements org.plantrace.domain.message.Explained {
    private static final long serialVersionUID = 1L;

    private final transient Message explanation;

    public ReviewRuleException(String message) {
        super(message);
        this.explanation = null;
    }

    /** A refusal the web shows in the reader's language; {@code getMessage()} is its Chinese text. */
    public ReviewRuleException(Message explanation) {
        super(explanation.chinese());
        this.explanation = explanation;
    }

    @Override
    public Message explanation() {
        return explanation == null ? Message.of("common.verbatim", getMessage()) : explanation;
    }
}
