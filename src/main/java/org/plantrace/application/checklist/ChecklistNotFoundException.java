package org.plantrace.application.checklist;

/**
 * The plan, version or target a checklist was asked for does not exist. The message is Chinese and
 * says what to do; the web layer answers 404, the command line prints it.
 */
public class ChecklistNotFoundException extends RuntimeException {
    public ChecklistNotFoundException(String message) {
        super(message);
    }
}
