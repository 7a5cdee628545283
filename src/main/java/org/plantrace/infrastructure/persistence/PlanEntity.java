package org.plantrace.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.plantrace.domain.plan.Plan;
import org.plantrace.domain.plan.PlanLevel;

/** Row of table PLAN: a plan's identity and metadata; the newest ingest keeps it current. */
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
    }

    String code() {
        return code;
    }

    Plan toDomain() {
        return new Plan(code, name, level, region, periodFrom, periodTo);
    }
}
