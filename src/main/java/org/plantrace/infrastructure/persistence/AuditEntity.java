package org.plantrace.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.plantrace.domain.account.Action;
import org.plantrace.domain.audit.AuditEntry;

/**
 * Row of table AUDIT_ENTRY. Written once: every column is {@code updatable = false} and the class
 * has no setters, so not even a mistaken merge can change an entry; nothing in the application
 * deletes one.
 */
@Entity
@Table(name = "AUDIT_ENTRY", indexes = {
    @Index(name = "IX_AUDIT_PLAN", columnList = "PLAN_CODE, ID"),
    @Index(name = "IX_AUDIT_CLAUSE", columnList = "PLAN_CODE, CLAUSE_UID, ID")})
public class AuditEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "auditIds")
    @SequenceGenerator(name = "auditIds", sequenceName = "AUDIT_SEQ", allocationSize = 20)
    @Column(name = "ID", updatable = false)
    private Long id;

    @Column(name = "RECORDED_AT", nullable = false, updatable = false)
    private OffsetDateTime at;

    @Column(name = "USERNAME", length = 200, nullable = false, updatable = false)
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(name = "ACTION", length = 40, nullable = false, updatable = false)
    private Action action;

    @Column(name = "DETAIL", length = 1000, nullable = false, updatable = false)
    private String detail;

    @Column(name = "PLAN_CODE", length = 200, nullable = false, updatable = false)
    private String planCode;

    @Column(name = "VERSION_NUMBER", nullable = false, updatable = false)
    private int version;

    @Column(name = "CLAUSE_UID", length = 64, nullable = false, updatable = false)
    private String clauseUid;

    @Lob
    @Column(name = "BEFORE_TEXT", nullable = false, updatable = false)
    private String before;

    @Lob
    @Column(name = "AFTER_TEXT", nullable = false, updatable = false)
    private String after;

    protected AuditEntity() {
    }

    /** Public so that stores outside this package (stored conformance reviews) append the entry in their own transaction. */
    public AuditEntity(AuditEntry e) {
        at = PlanVersionEntity.toColumn(e.at());
        username = e.username();
        action = e.action();
        detail = e.detail().length() > 1000 ? e.detail().substring(0, 1000) : e.detail();
        planCode = e.planCode();
        version = e.version();
        clauseUid = e.clauseUid();
        before = e.before();
        after = e.after();
    }

    AuditEntry toDomain() {
        return new AuditEntry(id, at.toInstant(), username, action, detail, planCode, version, clauseUid, before, after);
    }
}
