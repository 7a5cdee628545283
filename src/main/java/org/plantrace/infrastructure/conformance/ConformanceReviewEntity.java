package org.plantrace.infrastructure.conformance;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.plantrace.domain.conformance.Conclusion;
import org.plantrace.domain.conformance.ConformanceRecord;
import org.plantrace.domain.conformance.RecordedFinding;

/**
 * Row of CONFORMANCE_REVIEW: which township version was reviewed against which county version with
 * which checklist, who ran it and when, the suggested and the reviewer's conclusion, the review it
 * re-ran and what changed since. The findings are rows of CONFORMANCE_FINDING.
 */
@Entity
@Table(name = "CONFORMANCE_REVIEW", indexes = @Index(name = "IX_CONFORMANCE_REVIEW_PLAN", columnList = "TOWNSHIP_PLAN"))
public class ConformanceReviewEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "conformanceReviewIds")
    @SequenceGenerator(name = "conformanceReviewIds", sequenceName = "CONFORMANCE_REVIEW_SEQ", allocationSize = 10)
    @Column(name = "ID")
    private Long id;

    @Version
    @Column(name = "ROW_VERSION", nullable = false)
    private long rowVersion;

    @Column(name = "TOWNSHIP_PLAN", length = 200, nullable = false, updatable = false)
    private String townshipPlan;

    @Column(name = "TOWNSHIP_VERSION", nullable = false, updatable = false)
    private int townshipVersion;

    @Column(name = "COUNTY_PLAN", length = 200, nullable = false, updatable = false)
    private String countyPlan;

    @Column(name = "COUNTY_VERSION", nullable = false, updatable = false)
    private int countyVersion;

    @Column(name = "TOWNSHIP", length = 200, nullable = false, updatable = false)
    private String township;

    @Column(name = "COUNTY_TITLE", length = 1000, nullable = false, updatable = false)
    private String countyTitle;

    @Column(name = "TOWNSHIP_TITLE", length = 1000, nullable = false, updatable = false)
    private String townshipTitle;

    @Column(name = "CHECKLIST_TARGET", length = 200, nullable = false, updatable = false)
    private String checklistTarget;

    @Column(name = "CHECKLIST_ITEMS", nullable = false, updatable = false)
    private int checklistItems;

    @Column(name = "CHECKLIST_FINGERPRINT", length = 100, nullable = false, updatable = false)
    private String checklistFingerprint;

    @Column(name = "RAN_BY", length = 200, nullable = false, updatable = false)
    private String ranBy;

    @Column(name = "RAN_AT", nullable = false, updatable = false)
    private OffsetDateTime ranAt;

    @Column(name = "SUGGESTED", length = 40, nullable = false, updatable = false)
    private String suggested;

    @Column(name = "CONCLUSION", length = 40)
    private String conclusion;

    @Column(name = "CONCLUSION_NOTE", length = 4000)
    private String conclusionNote;

    @Column(name = "CONCLUDED_BY", length = 200)
    private String concludedBy;

    @Column(name = "CONCLUDED_AT")
    private OffsetDateTime concludedAt;

    @Column(name = "PREVIOUS_ID", nullable = false, updatable = false)
    private long previous;

    /** What changed against the previous review, one line per change. */
    @Lob
    @Column(name = "CHANGES", nullable = false, updatable = false)
    private String changes;

    @OneToMany(mappedBy = "review", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<ConformanceFindingEntity> findings = new ArrayList<>();

    protected ConformanceReviewEntity() {
    }

    ConformanceReviewEntity(ConformanceRecord r) {
        townshipPlan = r.townshipPlan();
        townshipVersion = r.townshipVersion();
        countyPlan = r.countyPlan();
        countyVersion = r.countyVersion();
        township = r.township();
        countyTitle = r.countyTitle();
        townshipTitle = r.townshipTitle();
        checklistTarget = r.checklist().target();
        checklistItems = r.checklist().items();
        checklistFingerprint = r.checklist().fingerprint();
        ranBy = r.ranBy();
        ranAt = column(r.ranAt());
        suggested = r.suggested();
        previous = r.previous();
        // changes are lines of words; a line break inside one would split it when read back
        changes = String.join("\n", r.changes().stream().map(c -> c.replace('\n', ' ')).toList());
        update(r);
    }

    /** Copies what may change: the conclusion, the decisions, and findings not stored yet. */
    void update(ConformanceRecord r) {
        Conclusion c = r.conclusion();
        conclusion = c == null ? null : c.value();
        conclusionNote = c == null ? null : c.note();
        concludedBy = c == null ? null : c.by();
        concludedAt = c == null ? null : column(c.at());
        for (RecordedFinding f : r.findings()) {
            ConformanceFindingEntity row = findings.stream().filter(x -> x.number() == f.number()).findFirst().orElse(null);
            if (row == null) {
                findings.add(new ConformanceFindingEntity(this, f));
            } else {
                row.decide(f.decision());
            }
        }
    }

    long id() {
        return id;
    }

    long rowVersion() {
        return rowVersion;
    }

    ConformanceRecord toDomain(boolean withFindings) {
        Conclusion c = conclusion == null ? null : new Conclusion(conclusion, conclusionNote, concludedBy, instant(concludedAt));
        List<String> lines = changes == null || changes.isEmpty() ? List.of() : Arrays.asList(changes.split("\n"));
        List<RecordedFinding> out = withFindings ? findings.stream().map(ConformanceFindingEntity::toDomain).toList() : List.of();
        return new ConformanceRecord(id, rowVersion, townshipPlan, townshipVersion, countyPlan, countyVersion, township,
                countyTitle, townshipTitle, new ConformanceRecord.ChecklistUsed(checklistTarget, checklistItems, checklistFingerprint),
                ranBy, instant(ranAt), suggested, c, previous, lines, out);
    }

    static OffsetDateTime column(Instant t) {
        return t == null ? null : t.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }
}
