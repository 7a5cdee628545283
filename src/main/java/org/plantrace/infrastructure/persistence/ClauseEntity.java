package org.plantrace.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import org.plantrace.domain.clause.ClauseKind;
import org.plantrace.domain.clause.MandatoryProvenance;

/**
 * Row of table CLAUSE: one clause of one version. {@code ordinal} is the clause's position in
 * document order (parents before children) and {@code parentOrdinal} its parent's, null for a
 * top-level clause. Naming the parent by position rather than by a foreign key to another row
 * keeps rows independent of each other, so a version is inserted in JDBC batches and its tree
 * rebuilt from one ordered query. A durable id is unique within its version.
 */
@Entity
@Table(name = "CLAUSE",
        uniqueConstraints = {
            @UniqueConstraint(name = "UQ_CLAUSE_ORDINAL", columnNames = {"VERSION_ID", "ORDINAL"}),
            @UniqueConstraint(name = "UQ_CLAUSE_UID", columnNames = {"VERSION_ID", "UID"})},
        indexes = @Index(name = "IX_CLAUSE_UID", columnList = "UID"))
public class ClauseEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "clauseIds")
    // one sequence call per 1000 clauses: a whole plan text costs one round trip
    @SequenceGenerator(name = "clauseIds", sequenceName = "CLAUSE_SEQ", allocationSize = 1000)
    @Column(name = "ID")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "VERSION_ID", nullable = false)
    private PlanVersionEntity version;

    /** The same column read as a number, so that rows can be grouped by version without loading it. */
    @Column(name = "VERSION_ID", insertable = false, updatable = false)
    private Long versionId;

    @Column(name = "ORDINAL", nullable = false)
    private int ordinal;

    @Column(name = "PARENT_ORDINAL")
    private Integer parentOrdinal;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", length = 20, nullable = false)
    private ClauseKind kind;

    @Column(name = "NUM", length = 200, nullable = false)
    private String num;

    @Column(name = "HEADING", length = 10000, nullable = false)
    private String heading;

    @Lob
    @Column(name = "CLAUSE_TEXT", nullable = false)
    private String text;

    @Column(name = "EID", length = 1000)
    private String eId;

    @Column(name = "UID", length = 64, nullable = false)
    private String uid;

    @Column(name = "MANDATORY", nullable = false)
    private boolean mandatory;

    @Enumerated(EnumType.STRING)
    @Column(name = "PROVENANCE", length = 20)
    private MandatoryProvenance provenance;

    /** Mandatory spans as "start-end,start-end"; see {@link SpanCodec}. */
    @Lob
    @Column(name = "SPANS", nullable = false)
    private String spans;

    @Column(name = "LOCATION", length = 200, nullable = false)
    private String location;

    /**
     * Times the clause's content was saved in its version, 1 when stored: authoring's optimistic
     * lock (see {@link JpaPlanWriter}). Null in rows stored before authoring existed, read as 1.
     */
    @Column(name = "REVISION")
    private Long revision;

    protected ClauseEntity() {
    }

    ClauseEntity(PlanVersionEntity version, int ordinal, Integer parentOrdinal) {
        this.version = version;
        this.ordinal = ordinal;
        this.parentOrdinal = parentOrdinal;
    }

    Long versionId() {
        return versionId;
    }

    int ordinal() {
        return ordinal;
    }

    Integer parentOrdinal() {
        return parentOrdinal;
    }

    ClauseKind kind() {
        return kind;
    }

    String num() {
        return num;
    }

    String heading() {
        return heading;
    }

    String text() {
        return text;
    }

    String eId() {
        return eId;
    }

    String uid() {
        return uid;
    }

    boolean mandatory() {
        return mandatory;
    }

    MandatoryProvenance provenance() {
        return provenance;
    }

    String spans() {
        return spans;
    }

    String location() {
        return location;
    }

    long revision() {
        return revision == null ? 1 : revision;
    }

    void setRevision(long revision) {
        this.revision = revision;
    }

    void setPosition(int ordinal, Integer parentOrdinal) {
        this.ordinal = ordinal;
        this.parentOrdinal = parentOrdinal;
    }

    void setContent(ClauseKind kind, String num, String heading, String text) {
        this.kind = kind;
        this.num = num;
        this.heading = heading;
        this.text = text;
    }

    void setIds(String eId, String uid) {
        this.eId = eId;
        this.uid = uid;
    }

    void setMandatory(boolean mandatory, MandatoryProvenance provenance, String spans) {
        this.mandatory = mandatory;
        this.provenance = provenance;
        this.spans = spans;
    }

    void setLocation(String location) {
        this.location = location;
    }
}
