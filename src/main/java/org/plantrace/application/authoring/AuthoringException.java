package org.plantrace.application.authoring;

/**
 * A change that cannot be made as asked: the version is not a draft, the clause is gone, the
 * input is empty or too long. The message is Chinese and says what to do; nothing was stored.
 */
public class AuthoringException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AuthoringException(String message) {
        super(message);
    }
}
