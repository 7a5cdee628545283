package org.plantrace.domain.audit;

import java.util.List;

/**
 * Where audit entries are kept. Append-only by design: there is no update or delete here, and
 * implementations must not offer one elsewhere.
 */
public interface AuditLog {

    /** Stores the entry in its own transaction; returns it with its id. */
    AuditEntry append(AuditEntry entry);

    /** Entries matching the query, newest first. */
    List<AuditEntry> entries(AuditQuery query);

    /** How many entries match the query, ignoring its offset and limit. */
    long count(AuditQuery query);
}
