package org.plantrace.infrastructure;

/** The data directory cannot be created or written; the message names it and says how to choose another. */
public class DataDirectoryException extends RuntimeException {
    public DataDirectoryException(String message) {
        super(message);
    }

    public DataDirectoryException(String message, Throwable cause) {
        super(message, cause);
    }
}
