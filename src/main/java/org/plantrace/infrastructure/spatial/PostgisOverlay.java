package org.plantrace.infrastructure.spatial;

import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.plantrace.infrastructure.persistence.UnitOfWork;
import org.plantrace.spatial.Layer;
import org.plantrace.spatial.LayerSet;
import org.plantrace.spatial.overlay.TownshipOverlay;

/**
 * The township overlay's areas as PostGIS queries on the loaded rows: the GiST index finds the
 * features meeting each township ({@code ST_Intersects}), {@code ST_Intersection} cuts them in
 * longitude/latitude as JTS does, the pieces of one layer are unioned, and {@code ST_Area} measures
 * them after {@code ST_Transform} into the same equal-area projection JTS measures in
 * ({@link TownshipOverlay#projection}). Agreement with JTS, asserted by SpatialEnginesTest on the
 * Hunyuan layers with parcels: within {@value #TOLERANCE_KM2} km² (1 m²) per figure; measured by
 * SpatialBench, the largest difference is about 4e-12 km² (docs/benchmarks.md) — GEOS and JTS cut
 * alike, and PROJ and proj4j project alike.
 */
final class PostgisOverlay implements TownshipOverlay.Measure {
    /** km² (1 m²): the tolerance the overlay is tested against, a hundredth of the JSON's rounding step. */
    static final double TOLERANCE_KM2 = 1e-6;

    private final EntityManagerFactory factory;
    private final String table;
    private final String key;

    PostgisOverlay(EntityManagerFactory factory, String table, String key) {
        this.factory = factory;
        this.table = table;
        this.key = key;
    }

    @Override
    public double[][] areas(LayerSet set, Layer townships, List<Layer> others) {
        Map<Layer, Integer> ordinal = new IdentityHashMap<>();
        for (int l = 0; l < set.layers().size(); l++) {
            ordinal.put(set.layers().get(l), l);
        }
        int townshipLayer = ordinal.get(townships);
        // the first feature ordinal of the townships layer: ordinals run through the set in order
        int first = 0;
        for (int l = 0; l < townshipLayer; l++) {
            first += set.layers().get(l).features().size();
        }
        Map<Integer, Integer> column = new java.util.HashMap<>();
        for (int k = 0; k < others.size(); k++) {
            column.put(ordinal.get(others.get(k)), 1 + k);
        }
        String proj = TownshipOverlay.projection(set).proj4();
        double[][] areas = new double[townships.features().size()][1 + others.size()];
        int base = first;
        UnitOfWork.read(factory, em -> {
            for (Object row : em.createNativeQuery("SELECT ord, ST_Area(ST_Transform(geom, ?)) FROM " + table
                    + " WHERE plan_code = ? AND layer = ?").setParameter(1, proj).setParameter(2, key)
                    .setParameter(3, townshipLayer).getResultList()) {
                Object[] r = (Object[]) row;
                areas[((Number) r[0]).intValue() - base][0] = ((Number) r[1]).doubleValue();
            }
            if (others.isEmpty()) {
                return null;
            }
            // layer ordinals are ints of our own: inlined, not bound, as an IN list
            String layers = column.keySet().stream().map(String::valueOf).collect(Collectors.joining(","));
            for (Object row : em.createNativeQuery("SELECT t.ord, f.layer, ST_Area(ST_Transform(ST_Union("
                    + "ST_CollectionExtract(ST_Intersection(t.geom, f.geom), 3)), ?)) FROM " + table + " t JOIN " + table
                    + " f ON f.plan_code = t.plan_code AND f.layer IN (" + layers + ") AND ST_Intersects(t.geom, f.geom)"
                    + " WHERE t.plan_code = ? AND t.layer = ? GROUP BY t.ord, f.layer")
                    .setParameter(1, proj).setParameter(2, key).setParameter(3, townshipLayer).getResultList()) {
                Object[] r = (Object[]) row;
                // a layer touching a township only along an edge unions to nothing: no area
                areas[((Number) r[0]).intValue() - base][column.get(((Number) r[1]).intValue())] =
                        r[2] == null ? 0 : ((Number) r[2]).doubleValue();
            }
            return null;
        });
        return areas;
    }
}
