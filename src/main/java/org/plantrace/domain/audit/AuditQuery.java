package org.plantrace.domain.audit;

import java.util.Objects;

/**
 * Which entries to read, newest first.
 *
 * @param planCode  the plan (required)
 * @param version   only this version; 0 for all
 * @param clauseUid only this clause; empty for all
 * @param offset    entries to skip
 * @param limit     at most this many (1..1000)
 */
public record AuditQuery(String planCode, int version, String clauseUid, int offset, int limit) {
    public static final int MAX_LIMIT = 1000;

    public AuditQuery {
        Objects.requireNonNull(planCode, "planCode");
        clauseUid = clauseUid == null ? "" : clauseUid;
        offset = Math.max(0, offset);
        limit = Math.max(1, Math.min(MAX_LIMIT, limit));
    }

    public static AuditQuery plan(String planCode, int limit) {
        return new AuditQuery(planCode, 0, "", 0, limit);
    }

    public static AuditQuery clause(String planCode, String clauseUid, int limit) {
        return new AuditQuery(planCode, 0, clauseUid, 0, limit);
    }
}
