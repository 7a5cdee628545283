package org.plantrace.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.plantrace.domain.link.Anchor;
import org.plantrace.domain.link.LinkStatus;
import org.plantrace.domain.link.LinkType;

/**
 * Row of table CLAUSE_LINK: one link of one clause of one version. The three link types share the
 * row: what a type does not use stays null (an entity link has no value, an indicator no entity id).
 * The version is named by plan code and number, like a citation, not by a key of PLAN_VERSION:
 * links are written after the version's own transaction, by whoever derives them.
 */
@Entity
@Table(name = "CLAUSE_LINK", indexes = {
    @Index(name = "IX_LINK_CLAUSE", columnList = "PLAN_CODE,VERSION_NUMBER,CLAUSE_UID")})
public class LinkEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "linkIds")
    @SequenceGenerator(name = "linkIds", sequenceName = "CLAUSE_LINK_SEQ", allocationSize = 1000)
    @Column(name = "ID")
    Long id;

    @Column(name = "PLAN_CODE", length = 200, nullable = false)
    String plan;
    @Column(name = "VERSION_NUMBER", nullable = false)
    int version;
    @Column(name = "CLAUSE_UID", length = 64, nullable = false)
    String clauseUid;

    @Enumerated(EnumType.STRING)
    @Column(name = "LINK_TYPE", length = 30, nullable = false)
    LinkType type;
    /** Indicator name, entity name or the indicator name of an indicator-to-layer link. */
    @Column(name = "NAME", length = 1000, nullable = false)
    String name;
    /** Gazetteer entity id (feature links). */
    @Column(name = "ENTITY_ID", length = 200)
    String entityId;
    /** Gazetteer type code (feature links), indicator class (indicator links). */
    @Column(name = "CATEGORY", length = 100)
    String category;
    /** Layer kind id (feature and indicator-to-layer links). */
    @Column(name = "LAYER_KIND", length = 100)
    String layerKind;
    @Column(name = "LAYER_LABEL", length = 200)
    String layerLabel;
    @Column(name = "OP", length = 10)
    String op;
    /** Decimal as written ("73.39"): the digits are the text's, not a float's. */
    @Column(name = "VALUE_TEXT", length = 60)
    String value;
    @Column(name = "VALUE_MAX_TEXT", length = 60)
    String valueMax;
    @Column(name = "UNIT", length = 200)
    String unit;
    @Column(name = "TARGET_YEAR")
    Integer year;
    /** The rule of an indicator-to-layer link, with its source. */
    @Column(name = "RULE_TEXT", length = 2000)
    String rule;

    @Enumerated(EnumType.STRING)
    @Column(name = "ANCHOR_FIELD", length = 10, nullable = false)
    Anchor.Field anchorField;
    @Column(name = "ANCHOR_START", nullable = false)
    int anchorStart;
    @Column(name = "ANCHOR_END", nullable = false)
    int anchorEnd;
    @Column(name = "ANCHOR_TEXT", length = 4000, nullable = false)
    String anchorText;

    @Column(name = "ORIGIN", length = 1200)
    String origin;
    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 20, nullable = false)
    LinkStatus status;
    @Column(name = "DECIDED_BY", length = 200, nullable = false)
    String decidedBy;
    @Column(name = "DECIDED_AT", nullable = false)
    OffsetDateTime decidedAt;

    protected LinkEntity() {
    }
}
