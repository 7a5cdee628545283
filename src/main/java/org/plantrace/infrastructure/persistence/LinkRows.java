package org.plantrace.infrastructure.persistence;

import java.math.BigDecimal;
import org.plantrace.domain.link.Anchor;
import org.plantrace.domain.link.FeatureTarget;
import org.plantrace.domain.link.IndicatorFeatureTarget;
import org.plantrace.domain.link.IndicatorTarget;
import org.plantrace.domain.link.Link;
import org.plantrace.domain.link.LinkTarget;

/** Maps links to CLAUSE_LINK rows and back; the link type says which columns a row uses. */
final class LinkRows {
    private LinkRows() {
    }

    static void fill(LinkEntity row, Link link) {
        row.plan = link.plan();
        row.version = link.version();
        row.clauseUid = link.clauseUid();
        row.type = link.type();
        row.name = null;
        row.entityId = null;
        row.category = null;
        row.layerKind = null;
        row.layerLabel = null;
        row.op = null;
        row.value = null;
        row.valueMax = null;
        row.unit = null;
        row.year = null;
        row.rule = null;
        LinkTarget target = link.target();
        if (target instanceof IndicatorTarget t) {
            row.name = t.name();
            row.op = t.op();
            row.value = t.value().toPlainString();
            row.valueMax = t.valueMax() == null ? null : t.valueMax().toPlainString();
            row.unit = t.unit();
            row.year = t.year();
            row.category = t.indicatorClass();
        } else if (target instanceof FeatureTarget t) {
            row.name = t.name();
            row.entityId = t.entityId();
            row.category = t.entityType();
            row.layerKind = t.layerKind();
        } else if (target instanceof IndicatorFeatureTarget t) {
            row.name = t.indicatorName();
            row.layerKind = t.layerKind();
            row.layerLabel = t.layerLabel();
            row.rule = t.rule();
        }
        Anchor a = link.anchor();
        row.anchorField = a.field();
        row.anchorStart = a.start();
        row.anchorEnd = a.end();
        row.anchorText = a.text();
        row.origin = link.origin();
        row.status = link.status();
        row.decidedBy = link.decidedBy();
        row.decidedAt = PlanVersionEntity.toColumn(link.decidedAt());
    }

    static Link toDomain(LinkEntity row) {
        return new Link(row.id, row.plan, row.version, row.clauseUid, target(row),
                new Anchor(row.anchorField, row.anchorStart, row.anchorEnd, row.anchorText), row.origin, row.status,
                row.decidedBy, row.decidedAt.toInstant());
    }

    private static LinkTarget target(LinkEntity row) {
        return switch (row.type) {
            case CLAUSE_INDICATOR -> new IndicatorTarget(row.name, row.op, new BigDecimal(row.value),
                    row.valueMax == null ? null : new BigDecimal(row.valueMax), row.unit, row.year, row.category);
            case CLAUSE_FEATURE -> new FeatureTarget(row.entityId, row.name, row.category, row.layerKind);
            case INDICATOR_FEATURE -> new IndicatorFeatureTarget(row.name, row.layerKind, row.layerLabel, row.rule);
        };
    }
}
