package org.plantrace.bench;

import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.plantrace.infrastructure.persistence.DatabaseSettings;
import org.plantrace.infrastructure.persistence.PlanTracePersistence;
import org.plantrace.infrastructure.spatial.PostgisIndex;
import org.plantrace.spatial.Feature;
import org.plantrace.spatial.Layer;
import org.plantrace.spatial.LayerKind;
import org.plantrace.spatial.LayerSet;
import org.plantrace.spatial.index.FeatureIndex;
import org.plantrace.spatial.index.PointIndex;
import org.plantrace.spatial.io.LayerFolder;

/**
 * "What applies here" as a point query, in memory (JTS STRtree of prepared geometries) against
 * PostGIS (GiST, ST_Covers) on the same layers in one run: the Hunyuan layers, then the same plus
 * 10,000 square parcels. Usage: {@code SpatialBench JDBC_URL} (a PostgreSQL database with the
 * postgis extension, not the tests' one: the bench migrates it; user and password as URL parameters). The figure per query includes the JDBC
 * round trip on localhost: that is what a node pays.
 */
public final class SpatialBench {
    private SpatialBench() {
    }

    public static void main(String[] args) throws Exception {
        Measurement.printMachine();
        String url = args.length > 0 ? args[0] : System.getenv("PLANTRACE_TEST_PG_URL");
        EntityManagerFactory f = PlanTracePersistence.open(new DatabaseSettings(url, "", ""),
                Map.of(PlanTracePersistence.LOGGING_LEVEL, "OFF"));
        try {
            LayerSet layers = LayerFolder.read(Path.of("corpus/hunyuan/layers"));
            compare("Hunyuan layers", layers, f);
            compare("Hunyuan layers + 10,000 parcels", withParcels(layers), f);
        } finally {
            f.close();
        }
    }

    private static void compare(String what, LayerSet layers, EntityManagerFactory f) throws Exception {
        List<double[]> points = points(layers.envelope(), 200);
        long t0 = System.nanoTime();
        FeatureIndex jts = new FeatureIndex(layers);
        double jtsBuild = (System.nanoTime() - t0) / 1e6;
        t0 = System.nanoTime();
        PostgisIndex postgis = new PostgisIndex(f, "bench", layers);
        double pgBuild = (System.nanoTime() - t0) / 1e6;
        Measurement a = Measurement.of(2, 7, () -> run(jts, points));
        Measurement b = Measurement.of(2, 7, () -> run(postgis, points));
        System.out.printf(Locale.ROOT, "%s (%d features): build JTS %.0f ms, PostGIS load %.0f ms%n", what, jts.size(), jtsBuild, pgBuild);
        System.out.printf(Locale.ROOT, "  per point query: JTS %.3f ms, PostGIS %.3f ms (PostGIS/JTS %.1f×)%n",
                a.medianMillis / points.size(), b.medianMillis / points.size(), b.medianMillis / a.medianMillis);
    }

    private static Integer run(PointIndex index, List<double[]> points) {
        int hits = 0;
        for (double[] p : points) {
            hits += index.containing(p[0], p[1]).size();
        }
        return hits;
    }

    private static List<double[]> points(Envelope e, int n) {
        Random r = new Random(42);
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new double[] {e.getMinX() + r.nextDouble() * e.getWidth(), e.getMinY() + r.nextDouble() * e.getHeight()});
        }
        return out;
    }

    private static LayerSet withParcels(LayerSet layers) {
        Envelope e = layers.envelope();
        GeometryFactory g = new GeometryFactory();
        List<Feature> cells = new ArrayList<>();
        int side = 100;
        for (int i = 0; i < side; i++) {
            for (int j = 0; j < side; j++) {
                cells.add(new Feature("p" + i + "-" + j, g.toGeometry(new Envelope(
                        e.getMinX() + i * e.getWidth() / side, e.getMinX() + (i + 1) * e.getWidth() / side,
                        e.getMinY() + j * e.getHeight() / side, e.getMinY() + (j + 1) * e.getHeight() / side)), Map.of()));
            }
        }
        List<Layer> all = new ArrayList<>(layers.layers());
        all.add(new Layer(LayerKind.OTHER, "parcels", cells, "synthetic", true));
        return new LayerSet(all);
    }
}
