package org.plantrace.transmission.output;

/**
 * A checklist could not be written because something it needs is missing or broken (the Word
 * template, the PDF font). The message is one Chinese line naming the file and what to do.
 */
public class ChecklistOutputException extends RuntimeException {
    public ChecklistOutputException(String message) {
        super(message);
    }

    public ChecklistOutputException(String message, Throwable cause) {
        super(message, cause);
    }
}
