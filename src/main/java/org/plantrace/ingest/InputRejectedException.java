package org.plantrace.ingest;

/**
 * A file PlanTrace will not read: empty, not what its name says, encrypted, too large, hostile.
 * The message is one line that names the file and says what is wrong and what to do.
 */
public class InputRejectedException extends Exception {
    private final String fileName;
    private final String problem;

    public InputRejectedException(String fileName, String problem) {
        this(fileName, problem, null);
    }

    public InputRejectedException(String fileName, String problem, Throwable cause) {
        super(fileName + ": " + problem, cause);
        this.fileName = fileName;
        this.problem = problem;
    }

    public String fileName() {
        return fileName;
    }

    public String problem() {
        return problem;
    }
}
