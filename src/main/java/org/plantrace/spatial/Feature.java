package org.plantrace.spatial;

import java.util.Map;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * One polygonal feature of a layer: its name, its geometry in CGCS2000 longitude/latitude degrees
 * (x = longitude), and the scalar properties it came with, in file order.
 */
public record Feature(String name, Geometry geometry, Map<String, String> properties) {
    public Feature {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(geometry, "geometry");
        // kept in order (Map.copyOf would not be: its order changes from one JVM run to the next)
        properties = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(properties));
    }
}
