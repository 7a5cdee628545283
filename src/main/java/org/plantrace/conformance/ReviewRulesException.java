package org.plantrace.conformance;

/** A table of {@code templates/review/} is missing or malformed; the message names the file and line. */
public class ReviewRulesException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ReviewRulesException(String message) {
        super(message);
    }

    public ReviewRulesException(String message, Throwable cause) {
        super(message, cause);
    }
}
