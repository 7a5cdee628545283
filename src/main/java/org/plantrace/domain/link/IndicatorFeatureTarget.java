package org.plantrace.domain.link;

import java.util.Objects;

/**
 * An indicator of the clause that measures a spatial layer: 生态保护红线 538.87 平方千米 → the
 * ecological red line layer. Found by a rule of {@code corpus/links/indicator-layers.tsv}.
 *
 * @param layerKind  the layer kind id ({@code ecological-red-line})
 * @param layerLabel its Chinese name (生态保护红线)
 * @param rule       which rule linked them and where the rule comes from
 */
public record IndicatorFeatureTarget(String indicatorName, String layerKind, String layerLabel, String rule)
        implements LinkTarget {
    public IndicatorFeatureTarget {
        Objects.requireNonNull(indicatorName, "indicatorName");
        Objects.requireNonNull(layerKind, "layerKind");
        layerLabel = layerLabel == null ? layerKind : layerLabel;
        rule = rule == null ? "" : rule;
    }

    @Override
    public LinkType type() {
        return LinkType.INDICATOR_FEATURE;
    }

    @Override
    public String key() {
        return "indicator-feature:" + indicatorName + ">" + layerKind;
    }

    @Override
    public String label() {
        return indicatorName + " → " + layerLabel + "图层";
    }
}
