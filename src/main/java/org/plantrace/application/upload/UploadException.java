package org.plantrace.application.upload;

import org.plantrace.domain.message.Message;

/** An upload step that cannot be taken; the Chinese message says what to do. Nothing was stored. */
public class UploadException extends RuntimeException implements org.plantrace.domain.message.Explained {
    private static final long serialVersionUID = 1L;

    private final transient Message explanation;

    public UploadException(String message) {
        super(message);
        this.explanation = null;
    }

    /** A refusal the web shows in the reader's language; {@code getMessage()} is its Chinese text. */
    public UploadException(Message explanation) {
        super(explanation.chinese());
        this.explanation = explanation;
    }

    @Override
    public Message explanation() {
        return explanation == null ? Message.of("common.verbatim", getMessage()) : explanation;
    }
}
