package org.plantrace.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.plantrace.domain.plan.Jurisdiction;
import org.plantrace.domain.plan.Plan;
import org.plantrace.domain.plan.PlanLevel;

/**
 * Row of table PLAN: a plan's identity and metadata, and its place in the plan chain (parent code,
 * jurisdiction); the newest ingest keeps it current.
 */
@Entity
@Table(name = "PLAN")
public class PlanEntity {
    @Id
    @Column(name = "CODE", length = 200)
    private String code;

    @Column(name = "NAME", length = 1000, nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "PLAN_LEVEL", length = 40, nullable = false)
    private PlanLevel level;

    @Column(name = "REGION", length = 1000, nullable = false)
    private String region;

    @Column(name = "PERIOD_FROM")
    private int periodFrom;

    @Column(name = "PERIOD_TO")
    private int periodTo;

    // The plan chain's columns came after the first release: nullable, so that migration V2 adds
    // them to an old PLAN table whose rows then read as top plans.
    @Column(name = "PARENT_CODE", length = 200)
    private String parentCode;

    @Column(name = "JURISDICTION", length = 200)
    private String jurisdiction;

    @Column(name = "JURISDICTION_ENTITY", length = 200)
    private String jurisdictionEntity;

    @Column(name = "ADMIN_CODE", length = 40)
    private String adminCode;

    protected PlanEntity() {
    }

    PlanEntity(Plan plan) {
        this.code = plan.code();
        update(plan);
    }

    void update(Plan plan) {
        name = plan.name();
        level = plan.level();
        region = plan.region();
        periodFrom = plan.periodFrom();
        periodTo = plan.periodTo();
        parentCode = plan.parent();
        Jurisdiction j = plan.jurisdiction();
        jurisdiction = j == null ? null : j.name();
        jurisdictionEntity = j == null ? null : j.entityId();
        adminCode = j == null ? null : j.adminCode();
    }

    String code() {
        return code;
    }

    Plan toDomain() {
        Jurisdiction j = jurisdiction == null || jurisdiction.isBlank() ? null
                : new Jurisdiction(jurisdiction, jurisdictionEntity, adminCode);
        return new Plan(code, name, level, region, periodFrom, periodTo, parentCode, j);
    }
}
