package org.plantrace.infrastructure.conformance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.plantrace.conformance.Finding;
import org.plantrace.conformance.Verdict;
import org.plantrace.domain.conformance.DecisionKind;
import org.plantrace.domain.conformance.FindingOrigin;
import org.plantrace.domain.conformance.RecordedFinding;
import org.plantrace.domain.conformance.ReviewDecision;

/**
 * Row of CONFORMANCE_FINDING: the engine's finding as it was made (never updated) and the reviewer's
 * decision on it (null columns until decided).
 */
@Entity
@Table(name = "CONFORMANCE_FINDING")
public class ConformanceFindingEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "conformanceFindingIds")
    @SequenceGenerator(name = "conformanceFindingIds", sequenceName = "CONFORMANCE_FINDING_SEQ", allocationSize = 100)
    @Column(name = "ID")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "REVIEW_ID", nullable = false)
    private ConformanceReviewEntity review;

    @Column(name = "FINDING_NUMBER", nullable = false, updatable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(name = "ORIGIN", length = 20, nullable = false, updatable = false)
    private FindingOrigin origin;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 20, nullable = false, updatable = false)
    private Verdict status;

    @Column(name = "CATEGORY", length = 200, nullable = false, updatable = false)
    private String category;

    @Lob
    @Column(name = "REQUIREMENT", nullable = false, updatable = false)
    private String requirement;

    @Column(name = "MANDATORY", nullable = false, updatable = false)
    private boolean mandatory;

    @Column(name = "SEVERITY", length = 20, nullable = false, updatable = false)
    private String severity;

    @Lob
    @Column(name = "COUNTY_CLAUSES", nullable = false, updatable = false)
    private String countyClauses;

    @Lob
    @Column(name = "TOWNSHIP_CLAUSES", nullable = false, updatable = false)
    private String townshipClauses;

    @Lob
    @Column(name = "EVIDENCE", nullable = false, updatable = false)
    private String evidence;

    @Lob
    @Column(name = "REASON", nullable = false, updatable = false)
    private String reason;

    @Column(name = "RULE_NAME", length = 200, nullable = false, updatable = false)
    private String rule;

    /** A quantity's figures (指标, 下达值, 规划值, 换算, 比较) as JSON; null for other findings. */
    @Lob
    @Column(name = "FIGURES", updatable = false)
    private String figures;

    @Enumerated(EnumType.STRING)
    @Column(name = "DECISION", length = 20)
    private DecisionKind decision;

    @Enumerated(EnumType.STRING)
    @Column(name = "DECIDED_VERDICT", length = 20)
    private Verdict decidedVerdict;

    @Column(name = "DECISION_NOTE", length = 4000)
    private String note;

    @Column(name = "DECIDED_BY", length = 200)
    private String decidedBy;

    @Column(name = "DECIDED_AT")
    private OffsetDateTime decidedAt;

    @Column(name = "CARRIED_FROM")
    private Long carriedFrom;

    protected ConformanceFindingEntity() {
    }

    ConformanceFindingEntity(ConformanceReviewEntity review, RecordedFinding f) {
        this.review = review;
        number = f.number();
        origin = f.origin();
        Finding x = f.finding();
        status = x.status();
        category = x.category();
        requirement = x.requirement();
        mandatory = x.mandatory();
        severity = x.severity();
        countyClauses = Cites.county(x.countyClauses());
        townshipClauses = Cites.township(x.townshipClauses());
        evidence = x.evidence();
        reason = x.reason();
        rule = x.rule();
        figures = Cites.figures(x.figures());
        decide(f.decision());
    }

    void decide(ReviewDecision d) {
        decision = d == null ? null : d.kind();
        decidedVerdict = d == null ? null : d.verdict();
        note = d == null ? null : d.note();
        decidedBy = d == null ? null : d.by();
        decidedAt = d == null ? null : ConformanceReviewEntity.column(d.at());
        carriedFrom = d == null || d.carriedFrom() == 0 ? null : d.carriedFrom();
    }

    int number() {
        return number;
    }

    RecordedFinding toDomain() {
        Finding x = new Finding(status, category, requirement, mandatory, severity, Cites.county(countyClauses),
                Cites.township(townshipClauses), evidence, reason, rule, Cites.figures(figures));
        ReviewDecision d = decision == null ? null : new ReviewDecision(decision, decidedVerdict, note, decidedBy,
                ConformanceReviewEntity.instant(decidedAt), carriedFrom == null ? 0 : carriedFrom);
        return new RecordedFinding(number, x, origin, d);
    }
}
