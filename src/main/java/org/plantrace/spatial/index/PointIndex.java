package org.plantrace.spatial.index;

import java.util.List;

/**
 * "Which features contain this point": answered in memory by {@link FeatureIndex} (JTS, any
 * database) or by PostGIS where the store is PostgreSQL with the extension
 * (org.plantrace.infrastructure.spatial.PostgisIndex). Both answer the same, in layer order then
 * file order, boundaries included.
 */
public interface PointIndex {
    List<FeatureIndex.Hit> containing(double lon, double lat);

    int size();
}
