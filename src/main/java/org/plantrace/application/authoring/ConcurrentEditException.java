package org.plantrace.application.authoring;

import java.util.Objects;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.message.Message;

/**
 * Another drafter saved the clause after this drafter opened it: the save was refused and nothing
 * was overwritten. Carries both texts so the page can show them side by side and the drafter can
 * merge by hand and save again against {@link #theirRevision()}.
 */
public class ConcurrentEditException extends AuthoringException {
    private static final long serialVersionUID = 1L;

    private final String planCode;
    private final int version;
    private final String uid;
    private final transient Clause theirs;
    private final String savedBy;
    private final String yourHeading;
    private final String yourText;
    private final long yourRevision;

    /**
     * @param theirs       the clause as it is stored now (saved by the other drafter)
     * @param savedBy      who saved it last, empty if unknown
     * @param yourHeading  the heading this drafter tried to save
     * @param yourText     the text this drafter tried to save
     * @param yourRevision the revision this drafter started from
     */
    public ConcurrentEditException(String planCode, int version, Clause theirs, String savedBy,
            String yourHeading, String yourText, long yourRevision) {
        super(savedBy == null || savedBy.isEmpty()
                ? Message.of("authoring.concurrent.someone", theirs.revision(), yourRevision)
                : Message.of("authoring.concurrent.user", savedBy, theirs.revision(), yourRevision));
        this.planCode = Objects.requireNonNull(planCode);
        this.version = version;
        this.uid = theirs.uid();
        this.theirs = theirs;
        this.savedBy = savedBy == null ? "" : savedBy;
        this.yourHeading = yourHeading == null ? "" : yourHeading;
        this.yourText = yourText == null ? "" : yourText;
        this.yourRevision = yourRevision;
    }

    public String planCode() {
        return planCode;
    }

    public int version() {
        return version;
    }

    public String uid() {
        return uid;
    }

    /** The stored clause, with the other drafter's heading, text and mandatory spans. */
    public Clause theirs() {
        return theirs;
    }

    public String theirHeading() {
        return theirs.heading();
    }

    public String theirText() {
        return theirs.text();
    }

    /** The stored revision: save against this one to overwrite deliberately. */
    public long theirRevision() {
        return theirs.revision();
    }

    public String savedBy() {
        return savedBy;
    }

    public String yourHeading() {
        return yourHeading;
    }

    public String yourText() {
        return yourText;
    }

    public long yourRevision() {
        return yourRevision;
    }
}
