package org.plantrace.application.checklist;

import org.plantrace.domain.message.Message;

/**
 * The plan, version or target a checklist was asked for does not exist. The message is Chinese and
 * says what to do; the web layer answers 404, the command line prints it.
 */
public class ChecklistNotFoundException extends RuntimeException implements org.plantrace.domain.message.Explained {
    private final transient Message explanation;

    public ChecklistNotFoundException(String message) {
        super(message);
        this.explanation = Message.of("common.verbatim", message);
    }

    /** What is missing, in the reader's language on the web; {@code getMessage()} is its Chinese text. */
    public ChecklistNotFoundException(Message explanation) {
        super(explanation.chinese());
        this.explanation = explanation;
    }

    @Override
    public Message explanation() {
        return explanation;
    }
}
