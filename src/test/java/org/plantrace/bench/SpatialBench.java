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
import org.locationtech.jts.io.WKBWriter;
import org.plantrace.infrastructure.persistence.DatabaseSettings;
import org.plantrace.infrastructure.persistence.PlanTracePersistence;
import org.plantrace.infrastructure.persistence.UnitOfWork;
import org.plantrace.infrastructure.spatial.SpatialEngines;
import org.plantrace.spatial.Feature;
import org.plantrace.spatial.Layer;
import org.plantrace.spatial.LayerKind;
import org.plantrace.spatial.LayerSet;
import org.plantrace.spatial.engine.JtsEngine;
import org.plantrace.spatial.engine.LoadedLayers;
import org.plantrace.spatial.engine.SpatialEngine;
import org.plantrace.spatial.index.PointIndex;
import org.plantrace.spatial.io.LayerFolder;
import org.plantrace.spatial.overlay.LayerShare;
import org.plantrace.spatial.overlay.OverlayResult;
import org.plantrace.spatial.overlay.TownshipRow;

/**
 * The two spatial engines on the same layers in one run (issue #16.3): JTS in memory against
 * PostGIS (GiST; ST_Covers for points; ST_Intersection, ST_Union and ST_Area in the same equal-area
 * projection for the township overlay), on the Hunyuan layers, then the same plus 10,000 square
 * parcels. Also the PostGIS load by COPY against one INSERT per feature (the way it loaded before,
 * kept here only to compare), and the largest difference between the two overlays.
 * Usage: {@code SpatialBench JDBC_URL} (a PostgreSQL database with the postgis extension, not the
 * tests' one: the bench migrates it; user and password as URL parameters). Point figures include the
 * JDBC round trip on localhost: that is what a node pays.
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
            SpatialEngine postgis = SpatialEngines.of(f);
            if (!postgis.name().equals("PostGIS")) {
                throw new IllegalStateException("no PostGIS in " + url + ": CREATE EXTENSION postgis first");
            }
            LayerSet layers = LayerFolder.read(Path.of("corpus/hunyuan/layers"));
            compare("Hunyuan layers", layers, f, postgis, 5, 15);
            compare("Hunyuan layers + 10,000 parcels", withParcels(layers), f, postgis, 1, 5);
        } finally {
            f.close();
        }
    }

    private static void compare(String what, LayerSet layers, EntityManagerFactory f, SpatialEngine postgis, int warm, int runs)
            throws Exception {
        int features = layers.layers().stream().mapToInt(l -> l.features().size()).sum();
        System.out.printf(Locale.ROOT, "%n%s (%d features)%n", what, features);
        Measurement insert = Measurement.of(1, 3, () -> insertOneByOne(f, layers));
        Measurement copy = Measurement.of(1, 3, () -> postgis.load("bench", layers));
        Measurement build = Measurement.of(1, 3, () -> JtsEngine.INSTANCE.load("bench", layers).containing(0, 0));
        System.out.printf(Locale.ROOT, "  load: PostGIS by COPY %.0f ms (min %.0f), by INSERT per feature %.0f ms (min %.0f);"
                + " JTS STRtree build %.0f ms%n", copy.medianMillis, copy.minMillis, insert.medianMillis, insert.minMillis,
                build.medianMillis);

        LoadedLayers jts = JtsEngine.INSTANCE.load("bench", layers);
        LoadedLayers pg = postgis.load("bench", layers);
        List<double[]> points = points(layers.envelope(), 200);
        Measurement a = Measurement.of(2, 7, () -> run(jts, points));
        Measurement b = Measurement.of(2, 7, () -> run(pg, points));
        System.out.printf(Locale.ROOT, "  per point query: JTS %.3f ms, PostGIS %.3f ms (PostGIS/JTS %.1f×)%n",
                a.medianMillis / points.size(), b.medianMillis / points.size(), b.medianMillis / a.medianMillis);

        Measurement oj = Measurement.of(warm, runs, jts::townshipOverlay);
        Measurement op = Measurement.of(warm, runs, pg::townshipOverlay);
        System.out.printf(Locale.ROOT, "  township overlay: JTS median %.0f ms (min %.0f), PostGIS median %.0f ms (min %.0f)"
                + " (PostGIS/JTS %.1f× medians)%n", oj.medianMillis, oj.minMillis, op.medianMillis, op.minMillis,
                op.medianMillis / oj.medianMillis);
        System.out.printf(Locale.ROOT, "  largest difference JTS vs PostGIS: %.2e km² (area), %.2e (share)%n",
                largest(jts.townshipOverlay(), pg.townshipOverlay(), true),
                largest(jts.townshipOverlay(), pg.townshipOverlay(), false));
    }

    private static double largest(OverlayResult a, OverlayResult b, boolean area) {
        double d = 0;
        for (int t = 0; t < a.townships().size(); t++) {
            TownshipRow x = a.townships().get(t);
            TownshipRow y = b.townships().get(t);
            if (area) {
                d = Math.max(d, Math.abs(x.areaKm2() - y.areaKm2()));
            }
            for (Map.Entry<String, LayerShare> e : x.layers().entrySet()) {
                LayerShare other = y.layers().get(e.getKey());
                d = Math.max(d, area ? Math.abs(e.getValue().areaKm2() - other.areaKm2())
                        : Math.abs(e.getValue().share() - other.share()));
            }
        }
        return d;
    }

    /** The load as it was before COPY: one INSERT statement per feature, in one transaction (bench-only table). */
    private static Integer insertOneByOne(EntityManagerFactory f, LayerSet layers) {
        WKBWriter wkb = new WKBWriter(2, false);
        return UnitOfWork.inTransaction(f, em -> {
            em.createNativeQuery("CREATE TABLE IF NOT EXISTS bench_insert_feature (plan_code varchar(500) NOT NULL, "
                    + "ord integer NOT NULL, layer integer NOT NULL, geom geometry(Geometry, 4490) NOT NULL, "
                    + "PRIMARY KEY (plan_code, ord))").executeUpdate();
            em.createNativeQuery("CREATE INDEX IF NOT EXISTS ix_bench_insert_feature_geom ON bench_insert_feature USING GIST (geom)")
                    .executeUpdate();
            em.createNativeQuery("DELETE FROM bench_insert_feature").executeUpdate();
            int ord = 0;
            for (int l = 0; l < layers.layers().size(); l++) {
                for (Feature feature : layers.layers().get(l).features()) {
                    em.createNativeQuery("INSERT INTO bench_insert_feature (plan_code, ord, layer, geom) "
                            + "VALUES (?, ?, ?, ST_GeomFromWKB(?, 4490))").setParameter(1, "bench").setParameter(2, ord++)
                            .setParameter(3, l).setParameter(4, wkb.write(feature.geometry())).executeUpdate();
                }
            }
            em.createNativeQuery("ANALYZE bench_insert_feature").executeUpdate();
            return ord;
        });
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
