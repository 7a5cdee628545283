package org.plantrace.bench;

import java.nio.file.Path;
import java.util.Locale;
import org.plantrace.spatial.LayerSet;
import org.plantrace.spatial.index.FeatureIndex;
import org.plantrace.spatial.io.LayerFolder;
import org.plantrace.spatial.overlay.TownshipOverlay;
import org.plantrace.spatial.overlay.TownshipOverlay.Search;
import org.plantrace.spatial.validation.GeometryValidator;

/**
 * Overlay time for the illustrative Hunyuan layer set (18 townships × 8 layers), with an STRtree
 * per layer and, in the same run, the obvious alternative: every township intersected with every
 * polygon (brute force). Also the file loading, the geometry validation, and point queries with the
 * STRtree against a scan of every feature.
 *
 * <p>JTS against PostGIS on the same layers, in one run: {@link SpatialBench}.
 *
 * <p>Run: {@code mvn -q -DskipTests package && java -Xmx2g -cp "target/test-classes:target/classes:target/lib/*" org.plantrace.bench.OverlayBench [LAYERS_DIR]}
 */
public final class OverlayBench {
    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "corpus/hunyuan/layers");
        Measurement.printMachine();
        LayerSet set = LayerFolder.read(folder);
        int features = set.layers().stream().mapToInt(l -> l.features().size()).sum();
        int vertices = set.layers().stream().flatMap(l -> l.features().stream()).mapToInt(f -> f.geometry().getNumPoints()).sum();
        System.out.printf(Locale.ROOT, "layer set: %s, %d layers, %d features, %d vertices%n", folder, set.layers().size(), features, vertices);

        Measurement load = Measurement.of(5, 15, () -> LayerFolder.read(folder));
        row("load folder", load);
        Measurement validate = Measurement.of(3, 10, () -> new GeometryValidator().validate(set));
        row("validate", validate);
        Measurement indexed = Measurement.of(10, 31, () -> TownshipOverlay.compute(set, Search.INDEXED));
        row("overlay, STRtree", indexed);
        Measurement brute = Measurement.of(10, 31, () -> TownshipOverlay.compute(set, Search.BRUTE_FORCE));
        row("overlay, brute force", brute);
        // on a shared machine the minimum is the steadier figure; both are printed
        System.out.printf(Locale.ROOT, "ratio brute force / STRtree: %.2f (medians), %.2f (minima)%n",
                brute.medianMillis / indexed.medianMillis, brute.minMillis / indexed.minMillis);

        LayerSet parcels = withParcels(set, 100);
        System.out.printf(Locale.ROOT, "%nsame set plus a synthetic layer of %d square parcels over the county's envelope:%n",
                // the layer added last: the set may hold other OTHER layers, and get(OTHER) answers the first
                parcels.layers().get(parcels.layers().size() - 1).features().size());
        Measurement indexedParcels = Measurement.of(2, 7, () -> TownshipOverlay.compute(parcels, Search.INDEXED));
        row("overlay, STRtree", indexedParcels);
        Measurement bruteParcels = Measurement.of(2, 7, () -> TownshipOverlay.compute(parcels, Search.BRUTE_FORCE));
        row("overlay, brute force", bruteParcels);
        System.out.printf(Locale.ROOT, "ratio brute force / STRtree: %.2f (medians), %.2f (minima)%n%n",
                bruteParcels.medianMillis / indexedParcels.medianMillis, bruteParcels.minMillis / indexedParcels.minMillis);

        FeatureIndex index = new FeatureIndex(set);
        double[][] points = grid(set, 100);
        Measurement query = Measurement.of(3, 10, () -> {
            int hits = 0;
            for (double[] p : points) {
                hits += index.containing(p[0], p[1]).size();
            }
            return hits;
        });
        pointRow("point queries, STRtree", query, points.length);
        java.util.List<org.locationtech.jts.geom.prep.PreparedGeometry> all = set.layers().stream()
                .flatMap(l -> l.features().stream())
                .map(f -> org.locationtech.jts.geom.prep.PreparedGeometryFactory.prepare(f.geometry())).toList();
        org.locationtech.jts.geom.GeometryFactory factory = new org.locationtech.jts.geom.GeometryFactory();
        Measurement scan = Measurement.of(3, 10, () -> {
            int hits = 0;
            for (double[] p : points) {
                org.locationtech.jts.geom.Point pt = factory.createPoint(new org.locationtech.jts.geom.Coordinate(p[0], p[1]));
                for (org.locationtech.jts.geom.prep.PreparedGeometry g : all) {
                    hits += g.covers(pt) ? 1 : 0;
                }
            }
            return hits;
        });
        pointRow("point queries, scan", scan, points.length);
        System.out.printf(Locale.ROOT, "ratio scan / STRtree: %.2f (medians), %.2f (minima)%n",
                scan.medianMillis / query.medianMillis, scan.minMillis / query.minMillis);
    }

    private static void pointRow(String what, Measurement m, int points) {
        System.out.printf(Locale.ROOT, "%-24s median %8.1f ms  min %8.1f ms for %d points (%.1f µs/point)%n", what,
                m.medianMillis, m.minMillis, points, 1000 * m.medianMillis / points);
    }

    /** The set plus side × side square parcels tiling its envelope: many small features, where an index pays. */
    private static LayerSet withParcels(LayerSet set, int side) {
        org.locationtech.jts.geom.Envelope e = set.envelope();
        org.locationtech.jts.geom.GeometryFactory f = new org.locationtech.jts.geom.GeometryFactory();
        java.util.List<org.plantrace.spatial.Feature> cells = new java.util.ArrayList<>();
        double w = e.getWidth() / side;
        double h = e.getHeight() / side;
        for (int i = 0; i < side; i++) {
            for (int j = 0; j < side; j++) {
                org.locationtech.jts.geom.Envelope cell = new org.locationtech.jts.geom.Envelope(
                        e.getMinX() + i * w, e.getMinX() + (i + 1) * w, e.getMinY() + j * h, e.getMinY() + (j + 1) * h);
                cells.add(new org.plantrace.spatial.Feature("p" + i + "-" + j, f.toGeometry(cell), java.util.Map.of()));
            }
        }
        java.util.List<org.plantrace.spatial.Layer> layers = new java.util.ArrayList<>(set.layers());
        layers.add(new org.plantrace.spatial.Layer(org.plantrace.spatial.LayerKind.OTHER, "parcels", cells, "synthetic", true));
        return new LayerSet(layers);
    }

    private static double[][] grid(LayerSet set, int side) {
        org.locationtech.jts.geom.Envelope e = set.envelope();
        double[][] points = new double[side * side][];
        for (int i = 0; i < side; i++) {
            for (int j = 0; j < side; j++) {
                points[i * side + j] = new double[] {e.getMinX() + e.getWidth() * (i + 0.5) / side,
                        e.getMinY() + e.getHeight() * (j + 0.5) / side};
            }
        }
        return points;
    }

    private static void row(String what, Measurement m) {
        System.out.printf(Locale.ROOT, "%-24s median %8.1f ms  min %8.1f ms  peak heap %5d MB%n",
                what, m.medianMillis, m.minMillis, m.peakHeapBytes >> 20);
    }
}
