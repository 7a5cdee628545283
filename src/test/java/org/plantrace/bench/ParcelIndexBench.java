package org.plantrace.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.plantrace.spatial.Feature;
import org.plantrace.spatial.Layer;
import org.plantrace.spatial.LayerKind;
import org.plantrace.spatial.LayerSet;
import org.plantrace.spatial.index.FeatureIndex;
import org.plantrace.spatial.io.LayerFolder;
import org.plantrace.spatial.overlay.TownshipOverlay;
import org.plantrace.spatial.overlay.TownshipOverlay.Search;

/**
 * A second look at the note in docs/benchmarks.md that the STRtree overlay was slower than brute
 * force with 10,000 synthetic parcels. Three things are measured on the Hunyuan layers plus
 * {@code side × side} square parcels tiling the county's envelope:
 * <ol>
 * <li>how many parcels the index hands each township against how many actually intersect it — the
 * work the index can save is only the disjoint ones, and OverlayNG rejects a disjoint pair by its
 * envelopes in a few nanoseconds anyway;</li>
 * <li>the two overlays timed in alternating rounds (ABBA), so neither pays for the JIT warm-up, the
 * heap growing or the other's garbage, which in OverlayBench fell on whichever ran first (the
 * STRtree);</li>
 * <li>the question the index is for: point look-ups ("what applies here") among 10,000 parcels,
 * STRtree against a scan of every prepared geometry.</li>
 * </ol>
 * Run: {@code java -Xmx2g -cp "target/test-classes:target/classes:target/lib/*" org.plantrace.bench.ParcelIndexBench [SIDE] [ROUNDS]}
 */
public final class ParcelIndexBench {
    public static void main(String[] args) throws Exception {
        int side = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        Measurement.printMachine();
        LayerSet plain = LayerFolder.read(Path.of("corpus/hunyuan/layers"));
        LayerSet set = withParcels(plain, side);
        Layer parcels = set.layers().get(set.layers().size() - 1); // the one added: the set may hold other OTHER layers
        System.out.printf(Locale.ROOT, "parcels: %d over the county's envelope%n", parcels.features().size());

        candidates(set, parcels);

        // warm both paths, then alternate which goes first in each round
        for (int i = 0; i < 2; i++) {
            TownshipOverlay.compute(set, Search.INDEXED);
            TownshipOverlay.compute(set, Search.BRUTE_FORCE);
        }
        double[] indexed = new double[rounds];
        double[] brute = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            boolean indexFirst = r % 4 == 0 || r % 4 == 3;
            if (indexFirst) {
                indexed[r] = time(() -> TownshipOverlay.compute(set, Search.INDEXED));
                brute[r] = time(() -> TownshipOverlay.compute(set, Search.BRUTE_FORCE));
            } else {
                brute[r] = time(() -> TownshipOverlay.compute(set, Search.BRUTE_FORCE));
                indexed[r] = time(() -> TownshipOverlay.compute(set, Search.INDEXED));
            }
        }
        row("overlay, STRtree (alternating rounds)", indexed);
        row("overlay, brute force (alternating rounds)", brute);
        System.out.printf(Locale.ROOT, "ratio brute force / STRtree: %.2f (medians)%n%n", median(brute) / median(indexed));

        points(set, side);
    }

    /** Per township: parcels whose envelope meets the township's (what the STRtree returns) and parcels really intersecting it. */
    private static void candidates(LayerSet set, Layer parcels) {
        STRtree tree = new STRtree();
        parcels.features().forEach(f -> tree.insert(f.geometry().getEnvelopeInternal(), f.geometry()));
        tree.build();
        long returned = 0;
        long intersecting = 0;
        for (Feature t : set.get(LayerKind.TOWNSHIP).orElseThrow().features()) {
            PreparedGeometry township = PreparedGeometryFactory.prepare(t.geometry());
            for (Object o : tree.query(t.geometry().getEnvelopeInternal())) {
                returned++;
                if (township.intersects((Geometry) o)) {
                    intersecting++;
                }
            }
        }
        int townships = set.get(LayerKind.TOWNSHIP).orElseThrow().features().size();
        long all = (long) townships * parcels.features().size();
        System.out.printf(Locale.ROOT, "township × parcel pairs: %d; the STRtree returns %d (%.1f%%), of which %d intersect"
                + " (%.1f%% of all pairs): brute force adds %d pairs rejected by their envelopes%n", all, returned,
                100.0 * returned / all, intersecting, 100.0 * intersecting / all, all - returned);
    }

    private static void points(LayerSet set, int side) throws Exception {
        FeatureIndex index = new FeatureIndex(set);
        List<PreparedGeometry> all = new ArrayList<>();
        set.layers().forEach(l -> l.features().forEach(f -> all.add(PreparedGeometryFactory.prepare(f.geometry()))));
        GeometryFactory factory = new GeometryFactory();
        Envelope e = set.envelope();
        int n = 1000;
        double[][] pts = new double[n][];
        java.util.Random random = new java.util.Random(12);
        for (int i = 0; i < n; i++) {
            pts[i] = new double[] {e.getMinX() + random.nextDouble() * e.getWidth(), e.getMinY() + random.nextDouble() * e.getHeight()};
        }
        Measurement tree = Measurement.of(3, 9, () -> {
            int hits = 0;
            for (double[] p : pts) {
                hits += index.containing(p[0], p[1]).size();
            }
            return hits;
        });
        Measurement scan = Measurement.of(3, 9, () -> {
            int hits = 0;
            for (double[] p : pts) {
                Point pt = factory.createPoint(new Coordinate(p[0], p[1]));
                for (PreparedGeometry g : all) {
                    hits += g.covers(pt) ? 1 : 0;
                }
            }
            return hits;
        });
        System.out.printf(Locale.ROOT, "%d point look-ups among %d features: STRtree median %.1f ms (%.1f µs/point), scan median %.1f ms"
                + " (%.1f µs/point), scan / STRtree %.0f×%n", n, all.size(), tree.medianMillis, 1000 * tree.medianMillis / n,
                scan.medianMillis, 1000 * scan.medianMillis / n, scan.medianMillis / tree.medianMillis);
    }

    private static double time(java.util.concurrent.Callable<?> task) throws Exception {
        long t0 = System.nanoTime();
        task.call();
        return (System.nanoTime() - t0) / 1e6;
    }

    private static double median(double[] times) {
        double[] s = times.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    private static void row(String what, double[] times) {
        double[] s = times.clone();
        Arrays.sort(s);
        System.out.printf(Locale.ROOT, "%-44s median %8.1f ms  min %8.1f ms%n", what, s[s.length / 2], s[0]);
    }

    /** The set plus side × side square parcels tiling its envelope, as OverlayBench builds them. */
    static LayerSet withParcels(LayerSet set, int side) {
        Envelope e = set.envelope();
        GeometryFactory f = new GeometryFactory();
        List<Feature> cells = new ArrayList<>();
        double w = e.getWidth() / side;
        double h = e.getHeight() / side;
        for (int i = 0; i < side; i++) {
            for (int j = 0; j < side; j++) {
                Envelope cell = new Envelope(e.getMinX() + i * w, e.getMinX() + (i + 1) * w, e.getMinY() + j * h, e.getMinY() + (j + 1) * h);
                cells.add(new Feature("p" + i + "-" + j, f.toGeometry(cell), Map.of()));
            }
        }
        List<Layer> layers = new ArrayList<>(set.layers());
        layers.add(new Layer(LayerKind.OTHER, "parcels", cells, "synthetic", true));
        return new LayerSet(layers);
    }
}
