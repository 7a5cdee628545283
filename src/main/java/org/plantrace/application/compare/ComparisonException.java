package org.plantrace.application.compare;

/** The versions asked for cannot be compared (unknown, not visible, the same); the message says what to do. */
public class ComparisonException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ComparisonException(String message) {
        super(message);
    }
}
