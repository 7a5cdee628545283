package org.plantrace.domain.link;

import java.util.Objects;

/**
 * A gazetteer entity a clause names: a township, river, protected area, control line, zone …
 *
 * @param entityId   the gazetteer id ({@code tw-wangzhuangbao})
 * @param name       the canonical name ({@code 王庄堡镇}), whatever spelling the text uses
 * @param entityType the gazetteer type code ({@code town}, {@code township}, {@code control-line} …)
 * @param layerKind  the spatial layer the entity stands for ({@code townships},
 *                   {@code ecological-red-line}), or empty when it has none
 */
public record FeatureTarget(String entityId, String name, String entityType, String layerKind) implements LinkTarget {
    public FeatureTarget {
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(entityType, "entityType");
        layerKind = layerKind == null ? "" : layerKind;
    }

    @Override
    public LinkType type() {
        return LinkType.CLAUSE_FEATURE;
    }

    @Override
    public String key() {
        return "feature:" + entityId;
    }

    @Override
    public String label() {
        return name;
    }

    /** A 镇 or 乡: what the township facet counts. */
    public boolean township() {
        return entityType.equals("town") || entityType.equals("township");
    }

    public boolean controlLine() {
        return entityType.equals("control-line");
    }
}
