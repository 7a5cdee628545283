package org.plantrace.application.conformance;

/** A review step refused, with a Chinese message saying why and what to do; nothing was stored. */
public class ConformanceReviewException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConformanceReviewException(String message) {
        super(message);
    }
}
