package org.plantrace.infrastructure.persistence;

/** A store copy that could not be done or did not compare equal; the message says which table and why. */
public class StoreCopyException extends RuntimeException {
    public StoreCopyException(String message) {
        super(message);
    }

    public StoreCopyException(String message, Throwable cause) {
        super(message, cause);
    }
}
