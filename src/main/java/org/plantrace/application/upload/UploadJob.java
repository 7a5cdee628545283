package org.plantrace.application.upload;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.plantrace.application.compare.Comparison;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.message.Message;
import org.plantrace.ingest.ParseWarning;

/**
 * One upload, from receipt to confirmation. Written by the background reader, read by status
 * requests: the fields that change are volatile and set in an order that lets a reader trust
 * {@link #stage()} (the preview is set before the stage turns READY).
 */
public final class UploadJob {
    private final String id;
    private final String owner;
    private final String planCode;
    private final String fileName;
    private final Path file;
    private final Instant createdAt;
    private volatile UploadStage stage = UploadStage.RECEIVED;
    private volatile Message problem;
    private volatile List<Clause> clauses = List.of();
    private volatile List<ParseWarning> warnings = List.of();
    private volatile Comparison preview;
    private volatile int storedVersion;

    UploadJob(String id, String owner, String planCode, String fileName, Path file, Instant createdAt) {
        this.id = id;
        this.owner = owner;
        this.planCode = planCode;
        this.fileName = fileName;
        this.file = file;
        this.createdAt = createdAt;
    }

    public String id() {
        return id;
    }

    public String owner() {
        return owner;
    }

    public String planCode() {
        return planCode;
    }

    /** The name the drafter's file had, as the messages name it. */
    public String fileName() {
        return fileName;
    }

    Path file() {
        return file;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public UploadStage stage() {
        return stage;
    }

    /** Why it failed, naming the file, in Chinese; empty unless FAILED. */
    public String problem() {
        return problem == null ? "" : problem.chinese();
    }

    /** Why it failed, naming the file, for the reader's language; null unless FAILED. */
    public Message explanation() {
        return problem;
    }

    /** The comparison of the newest stored version with the uploaded text; null until READY. */
    public Comparison preview() {
        return preview;
    }

    public List<ParseWarning> warnings() {
        return warnings;
    }

    /** The draft's version number once STORED. */
    public int storedVersion() {
        return storedVersion;
    }

    List<Clause> clauses() {
        return clauses;
    }

    void stage(UploadStage next) {
        stage = next;
    }

    void failed(Message message) {
        problem = message;
        stage = UploadStage.FAILED;
    }

    void ready(List<Clause> text, List<ParseWarning> notes, Comparison comparison) {
        clauses = text;
        warnings = List.copyOf(notes);
        preview = comparison;
        stage = UploadStage.READY;
    }

    void stored(int version) {
        storedVersion = version;
        clauses = List.of();
        stage = UploadStage.STORED;
    }

    void cancelled() {
        clauses = List.of();
        preview = null;
        stage = UploadStage.CANCELLED;
    }
}
