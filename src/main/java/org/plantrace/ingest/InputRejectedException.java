package org.plantrace.ingest;

import org.plantrace.domain.message.Message;

/**
 * A file PlanTrace will not read: empty, not what its name says, encrypted, too large, hostile.
 * The message is one line that names the file and says what is wrong and what to do.
 */
public class InputRejectedException extends Exception implements org.plantrace.domain.message.Explained {
    private final String fileName;
    private final String problem;
    private final transient Message explained;

    public InputRejectedException(String fileName, String problem) {
        this(fileName, problem, null);
    }

    /** A refusal the web shows in the reader's language; {@link #problem()} is its Chinese text. */
    public InputRejectedException(String fileName, Message problem) {
        this(fileName, problem, null);
    }

    /** As {@link #InputRejectedException(String, Message)}, with the failure that caused it. */
    public InputRejectedException(String fileName, Message problem, Throwable cause) {
        super(fileName + ": " + problem.chinese(), cause);
        this.fileName = fileName;
        this.problem = problem.chinese();
        this.explained = problem;
    }

    public InputRejectedException(String fileName, String problem, Throwable cause) {
        super(fileName + ": " + problem, cause);
        this.fileName = fileName;
        this.problem = problem;
        this.explained = null;
    }

    /** "file: problem", the problem in the reader's language where it was given as a {@link Message}. */
    @Override
    public Message explanation() {
        return Message.of("common.rejected", fileName, explained == null ? Message.of("common.verbatim", problem) : explained);
    }

    public String fileName() {
        return fileName;
    }

    public String problem() {
        return problem;
    }
}
