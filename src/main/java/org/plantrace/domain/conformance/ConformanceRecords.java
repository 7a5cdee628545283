package org.plantrace.domain.conformance;

import java.util.List;
import java.util.Optional;
import org.plantrace.domain.audit.AuditEntry;

/** Where stored conformance reviews are kept. */
public interface ConformanceRecords {

    /**
     * Stores a new record ({@code id} 0) or the new state of a stored one (its findings' decisions,
     * findings added, the conclusion), together with the audit entry, in one transaction: both or
     * neither. A stored record whose row version is no longer {@code record.rowVersion()} is refused
     * with {@link StaleRecordException}. Returns the record as stored.
     */
    ConformanceRecord save(ConformanceRecord record, AuditEntry audit);

    Optional<ConformanceRecord> find(long id);

    /** The newest review of the township plan (highest id). */
    Optional<ConformanceRecord> latest(String townshipPlan);

    /** Every review of the township plan, newest first, without their findings (for lists). */
    List<ConformanceRecord> history(String townshipPlan);
}
