package org.plantrace.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Row of table CHANGE_LOG, the outbox other app nodes follow: "version N of plan P changed, re-read
 * it" — written in the same transaction as the change itself, so a change is logged exactly when it
 * is committed. It says which node wrote it, so that node does not redo its own work. Ids come one
 * at a time (allocation 1), which keeps them close to commit order; readers still look back a
 * little, because two transactions may commit out of id order (see ChangeFollower).
 */
@Entity
@Table(name = "CHANGE_LOG")
public class ChangeEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "changeIds")
    @SequenceGenerator(name = "changeIds", sequenceName = "CHANGE_LOG_SEQ", allocationSize = 1)
    @Column(name = "ID", updatable = false)
    private Long id;

    @Column(name = "PLAN_CODE", length = 200, nullable = false, updatable = false)
    private String planCode;

    @Column(name = "VERSION_NUMBER", nullable = false, updatable = false)
    private int versionNumber;

    @Column(name = "NODE", length = 40, nullable = false, updatable = false)
    private String node;

    @Column(name = "RECORDED_AT", nullable = false, updatable = false)
    private OffsetDateTime recordedAt;

    protected ChangeEntity() {
    }

    ChangeEntity(String planCode, int versionNumber, String node) {
        this.planCode = planCode;
        this.versionNumber = versionNumber;
        this.node = node;
        this.recordedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public long id() {
        return id;
    }

    public String planCode() {
        return planCode;
    }

    public int versionNumber() {
        return versionNumber;
    }

    public String node() {
        return node;
    }
}
