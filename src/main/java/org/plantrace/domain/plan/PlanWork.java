package org.plantrace.domain.plan;

import java.time.Instant;
import java.util.List;
import org.plantrace.domain.audit.AuditEntry;
import org.plantrace.domain.clause.Clause;

/**
 * What a use case may do inside {@link PlanWriter#write}: everything here happens in the same
 * transaction, under the plan's write lock.
 */
public interface PlanWork {

    Plan plan();

    /** Every version, oldest first, without clauses. */
    List<PlanVersion> versions();

    /** A version with its clause tree (revisions included); a fresh copy the caller may change. */
    PlanVersion read(int number);

    /**
     * Stores a new version as the plan's next number (the given number is ignored), its clauses
     * as given (their revisions are set to 1); returns it with its number.
     */
    PlanVersion create(PlanVersion version);

    /**
     * Writes a version's changed clause tree, as read by {@link #read} and then changed: rows are
     * matched by durable id; a clause whose heading, text, kind, number or mandatory marking
     * changed gets revision + 1 (also set on the given clause), one whose position or path id
     * changed is moved without a new revision, a new uid is inserted, a missing uid deleted.
     * Uids must be unique in the tree.
     */
    void save(int number, List<Clause> roots);

    /** Sets a version's status and publication time. */
    void setStatus(int number, VersionStatus status, Instant publishedAt);

    /** Sets the file or description a version's text came from. */
    void setSource(int number, String sourceName);

    /** Every durable id any version of the plan has used: a new clause must get none of them. */
    java.util.Set<String> uidsEverUsed();

    /** Who last changed the clause in that version, per the audit trail; empty when nobody has. */
    String lastEditor(int number, String uid);

    /** The audit entries of one version, oldest first: its history of edits, submissions and approvals. */
    List<AuditEntry> history(int number);

    /** Appends an audit entry in this transaction. */
    void audit(AuditEntry entry);
}
