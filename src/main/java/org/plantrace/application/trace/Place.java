package org.plantrace.application.trace;

import java.util.List;

/**
 * What applies at one point: the township whose polygon holds it (null outside the county), the
 * features of the other layers there (control lines, zones), and the provisions in force.
 *
 * @param outside true when the point lies outside the county (then nothing else is filled in)
 */
public record Place(String countyCode, int countyVersion, double lon, double lat, boolean outside, String township,
        List<FeatureAt> features, List<ClauseAt> clauses) {
    public Place {
        features = List.copyOf(features);
        clauses = List.copyOf(clauses);
    }

    /** A feature containing the point; {@code illustrative} when its layer is illustrative (示意数据). */
    public record FeatureAt(String layer, String name, boolean illustrative) {
    }

    /** A provision: the plan it belongs to, its durable id, path id, heading and citation. */
    public record ClauseAt(String plan, String uid, String path, String heading, String citation) {
    }
}
