package org.plantrace.infrastructure.spatial;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.plantrace.infrastructure.persistence.UnitOfWork;
import org.plantrace.spatial.Layer;
import org.plantrace.spatial.LayerSet;
import org.plantrace.spatial.overlay.TownshipOverlay;
import org.plantrace.spatial.overlay.ZoneAreas;

/**
 * The overlays' areas as PostGIS queries on the loaded rows: the GiST index finds the features
 * meeting each zone (a township, a detailed-plan unit) by {@code ST_Intersects}, {@code
 * ST_Intersection} cuts them in longitude/latitude as JTS does, the pieces of one layer are unioned,
 * and {@code ST_Area} measures them after {@code ST_Transform} into the same equal-area projection
 * JTS measures in ({@link TownshipOverlay#projection}). Agreement with JTS, asserted by
 * SpatialEnginesTest on the Hunyuan layers with parcels: within {@value #TOLERANCE_KM2} km² (1 m²)
 * per figure; measured by SpatialBench, the largest difference is about 4e-12 km²
 * (docs/benchmarks.md) — GEOS and JTS cut alike, and PROJ and proj4j project alike.
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

    /** Where the set's layers and features sit in the table: layer ordinals, and each layer's first feature ordinal. */
    private record Ordinals(Map<Layer, Integer> layer, int[] first) {
        static Ordinals of(LayerSet set) {
            Map<Layer, Integer> layer = new IdentityHashMap<>();
            int[] first = new int[set.layers().size()];
            int ord = 0;
            for (int l = 0; l < set.layers().size(); l++) {
                layer.put(set.layers().get(l), l);
                first[l] = ord;
                ord += set.layers().get(l).features().size();
            }
            return new Ordinals(layer, first);
        }

        /** The zone's position in its layer, from its feature ordinal. */
        int zone(Layer zones, Object ord) {
            return ((Number) ord).intValue() - first[layer.get(zones)];
        }

        /** Layer ordinal → column among {@code layers}. */
        Map<Integer, Integer> columns(List<Layer> layers) {
            Map<Integer, Integer> column = new HashMap<>();
            for (int k = 0; k < layers.size(); k++) {
                column.put(layer.get(layers.get(k)), k);
            }
            return column;
        }
    }

    @Override
    public double[][] areas(LayerSet set, Layer townships, List<Layer> others) {
        Ordinals ordinals = Ordinals.of(set);
        String proj = TownshipOverlay.projection(set).proj4();
        double[][] areas = new double[townships.features().size()][1 + others.size()];
        UnitOfWork.read(factory, em -> {
            for (Object row : em.createNativeQuery("SELECT ord, ST_Area(ST_Transform(geom, ?)) FROM " + table
                    + " WHERE plan_code = ? AND layer = ?").setParameter(1, proj).setParameter(2, key)
                    .setParameter(3, ordinals.layer().get(townships)).getResultList()) {
                Object[] r = (Object[]) row;
                areas[ordinals.zone(townships, r[0])][0] = ((Number) r[1]).doubleValue();
            }
            double[][] within = unions(em, ordinals, proj, townships, others);
            for (int t = 0; t < areas.length; t++) {
                System.arraycopy(within[t], 0, areas[t], 1, others.size());
            }
            return null;
        });
        return areas;
    }

    /** Per feature of {@code zones} and layer of {@code layers}, each feature's area inside it and their union's. */
    ZoneAreas zoneAreas(LayerSet set, Layer zones, List<Layer> layers) {
        Ordinals ordinals = Ordinals.of(set);
        String proj = TownshipOverlay.projection(set).proj4();
        ZoneAreas areas = ZoneAreas.sized(zones, layers);
        if (layers.isEmpty()) {
            return areas;
        }
        Map<Integer, Integer> column = ordinals.columns(layers);
        UnitOfWork.read(factory, em -> {
            double[][] unions = unions(em, ordinals, proj, zones, layers);
            for (int z = 0; z < unions.length; z++) {
                System.arraycopy(unions[z], 0, areas.layer()[z], 0, layers.size());
            }
            for (Object row : em.createNativeQuery("SELECT z.ord, f.layer, f.ord, ST_Area(ST_Transform("
                    + "ST_CollectionExtract(ST_Intersection(z.geom, f.geom), 3), ?)) FROM " + table + " z JOIN " + table
                    + " f ON f.plan_code = z.plan_code AND f.layer IN (" + inList(column) + ") AND ST_Intersects(z.geom, f.geom)"
                    + " WHERE z.plan_code = ? AND z.layer = ?")
                    .setParameter(1, proj).setParameter(2, key).setParameter(3, ordinals.layer().get(zones)).getResultList()) {
                Object[] r = (Object[]) row;
                int layer = ((Number) r[1]).intValue();
                areas.feature()[ordinals.zone(zones, r[0])][column.get(layer)][((Number) r[2]).intValue() - ordinals.first()[layer]] =
                        r[3] == null ? 0 : ((Number) r[3]).doubleValue();
            }
            return null;
        });
        return areas;
    }

    /** m²: per feature of {@code zones}, the union of each layer's pieces inside it. */
    private double[][] unions(EntityManager em, Ordinals ordinals, String proj, Layer zones, List<Layer> layers) {
        double[][] areas = new double[zones.features().size()][layers.size()];
        if (layers.isEmpty()) {
            return areas;
        }
        Map<Integer, Integer> column = ordinals.columns(layers);
        for (Object row : em.createNativeQuery("SELECT z.ord, f.layer, ST_Area(ST_Transform(ST_Union("
                + "ST_CollectionExtract(ST_Intersection(z.geom, f.geom), 3)), ?)) FROM " + table + " z JOIN " + table
                + " f ON f.plan_code = z.plan_code AND f.layer IN (" + inList(column) + ") AND ST_Intersects(z.geom, f.geom)"
                + " WHERE z.plan_code = ? AND z.layer = ? GROUP BY z.ord, f.layer")
                .setParameter(1, proj).setParameter(2, key).setParameter(3, ordinals.layer().get(zones)).getResultList()) {
            Object[] r = (Object[]) row;
            // a layer touching a zone only along an edge unions to nothing: no area
            areas[ordinals.zone(zones, r[0])][column.get(((Number) r[1]).intValue())] =
                    r[2] == null ? 0 : ((Number) r[2]).doubleValue();
        }
        return areas;
    }

    /** The layer ordinals, ints of our own: inlined as an IN list, not bound. */
    private static String inList(Map<Integer, Integer> column) {
        return column.keySet().stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
