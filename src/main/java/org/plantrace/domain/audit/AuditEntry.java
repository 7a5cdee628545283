package org.plantrace.domain.audit;

import java.time.Instant;
import java.util.Objects;
import org.plantrace.domain.account.Action;

/**
 * One recorded change. {@code before} and {@code after} are the changed thing as text (a clause's
 * heading and text, a status, a whole replaced text), empty where there was nothing before or is
 * nothing after.
 *
 * @param id        the log's number for the entry, 0 until stored; larger is later
 * @param at        when the change was committed
 * @param username  who made it
 * @param action    the permission it was made under (EDIT_CLAUSE, PUBLISH …)
 * @param detail    what was done, in Chinese words (编辑条款, 标为强制性, 发布 …)
 * @param planCode  the plan
 * @param version   the version changed, 0 when none
 * @param clauseUid the clause's durable id, empty for a change of the whole version
 */
public record AuditEntry(long id, Instant at, String username, Action action, String detail, String planCode,
        int version, String clauseUid, String before, String after) {
    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(planCode, "planCode");
        detail = detail == null ? "" : detail;
        clauseUid = clauseUid == null ? "" : clauseUid;
        before = before == null ? "" : before;
        after = after == null ? "" : after;
    }

    /** The same entry with the id the log gave it. */
    public AuditEntry withId(long newId) {
        return new AuditEntry(newId, at, username, action, detail, planCode, version, clauseUid, before, after);
    }
}
