package org.plantrace.spatial;

import java.util.List;
import java.util.Objects;

/**
 * One layer file: its kind, its features (geometries in CGCS2000 longitude/latitude), where it came
 * from, and whether it says it is illustrative. Illustrative layers are never official data: the
 * flag travels with every result computed from them.
 */
public record Layer(LayerKind kind, String name, List<Feature> features, String source, boolean illustrative) {
    public Layer {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        features = List.copyOf(features);
    }

    /** The label used in reports: the plan's word for the kind, or the file's name for other layers. */
    public String label() {
        return kind == LayerKind.OTHER ? name : kind.label();
    }
}
