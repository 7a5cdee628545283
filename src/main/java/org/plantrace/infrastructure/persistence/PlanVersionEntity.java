package org.plantrace.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.plantrace.domain.plan.VersionStatus;

/**
 * Row of table PLAN_VERSION. The unique (plan, number) pair makes a second writer that computed
 * the same next number fail instead of silently forking the history.
 */
@Entity
@Table(name = "PLAN_VERSION", uniqueConstraints = @UniqueConstraint(
        name = "UQ_PLAN_VERSION_NUMBER", columnNames = {"PLAN_CODE", "VERSION_NUMBER"}))
public class PlanVersionEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "versionIds")
    @SequenceGenerator(name = "versionIds", sequenceName = "PLAN_VERSION_SEQ", allocationSize = 10)
    @Column(name = "ID")
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "PLAN_CODE", nullable = false)
    private PlanEntity plan;

    @Column(name = "VERSION_NUMBER", nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 20, nullable = false)
    private VersionStatus status;

    @Column(name = "CREATED_AT", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "PUBLISHED_AT")
    private OffsetDateTime publishedAt;

    @Column(name = "SOURCE_NAME", length = 1000)
    private String sourceName;

    protected PlanVersionEntity() {
    }

    PlanVersionEntity(PlanEntity plan, int number, VersionStatus status, Instant createdAt, Instant publishedAt,
            String sourceName) {
        this.plan = plan;
        this.number = number;
        this.status = status;
        this.createdAt = toColumn(createdAt);
        this.publishedAt = toColumn(publishedAt);
        this.sourceName = sourceName;
    }

    Long id() {
        return id;
    }

    PlanEntity plan() {
        return plan;
    }

    int number() {
        return number;
    }

    VersionStatus status() {
        return status;
    }

    Instant createdAt() {
        return createdAt.toInstant();
    }

    Instant publishedAt() {
        return publishedAt == null ? null : publishedAt.toInstant();
    }

    String sourceName() {
        return sourceName;
    }

    void setStatus(VersionStatus newStatus, Instant newPublishedAt) {
        this.status = newStatus;
        this.publishedAt = toColumn(newPublishedAt);
    }

    void setSourceName(String newSourceName) {
        this.sourceName = newSourceName;
    }

    /** Microseconds: what an H2 TIMESTAMP keeps, so a stored instant reads back equal. */
    static OffsetDateTime toColumn(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }
}
