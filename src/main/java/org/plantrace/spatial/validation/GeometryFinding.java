package org.plantrace.spatial.validation;

import java.util.Locale;

/**
 * One finding: the rule, the layer and feature it concerns (feature may be null for layer-wide
 * findings), what is wrong in words, the area involved in m² (NaN when the rule has none) and a
 * longitude/latitude where to look (null when there is no single place).
 */
public record GeometryFinding(GeometryRule rule, String layer, String feature, String message, double areaM2,
        double[] lonLat) {

    /** One line for reports: "SP004 error 乡镇/永安镇: … (1.23 公顷) at 113.700000,39.700000". */
    public String line() {
        StringBuilder s = new StringBuilder(rule.name()).append(' ').append(rule.severity().name().toLowerCase(Locale.ROOT))
                .append(' ').append(layer).append(feature == null ? "" : "/" + feature).append(": ").append(message);
        if (!Double.isNaN(areaM2)) {
            s.append(String.format(Locale.ROOT, " (%.4f 公顷)", areaM2 / 1e4));
        }
        if (lonLat != null) {
            s.append(String.format(Locale.ROOT, " at %.6f,%.6f", lonLat[0], lonLat[1]));
        }
        return s.toString();
    }
}
