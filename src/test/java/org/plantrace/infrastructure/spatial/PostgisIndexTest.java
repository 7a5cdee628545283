package org.plantrace.infrastructure.spatial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.plantrace.infrastructure.DataDirectory;
import org.plantrace.infrastructure.persistence.DatabaseSettings;
import org.plantrace.infrastructure.persistence.PlanTracePersistence;
import org.plantrace.infrastructure.postgres.TestPostgres;
import org.plantrace.spatial.LayerSet;
import org.plantrace.spatial.index.FeatureIndex;
import org.plantrace.spatial.io.LayerFolder;

/**
 * PostGIS answers "which features contain this point" exactly as the in-memory JTS index does, on
 * the Hunyuan layers: 400 random points over the county's envelope and a vertex of a feature (a
 * boundary point); reloading a plan's layers replaces its rows; H2 reports PostGIS as unavailable.
 */
class PostgisIndexTest {
    @TempDir
    Path tmp;

    @Test
    void postgisAndJtsAgreePointByPoint() throws Exception {
        LayerSet layers = LayerFolder.read(Path.of("corpus/hunyuan/layers"));
        try (TestPostgres pg = TestPostgres.freshSchema()) {
            EntityManagerFactory f = PlanTracePersistence.open(new DatabaseSettings(pg.url(), "", ""),
                    Map.of(PlanTracePersistence.LOGGING_LEVEL, "OFF"));
            try {
                if (!SpatialEngines.postgisIn(f)) {
                    String message = "PostGIS is not installed in the test database: apt-get install postgresql-15-postgis-3; "
                            + "CREATE EXTENSION postgis (see .ci/run)";
                    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                        fail(message + " — required on CI");
                    }
                    Assumptions.abort(message);
                }
                FeatureIndex jts = new FeatureIndex(layers);
                PostgisIndex postgis = new PostgisIndex(f, "hunyuan-2021-2035", layers);
                assertEquals(jts.size(), postgis.size());
                Envelope e = layers.envelope();
                Random random = new Random(20261206);
                int nonEmpty = 0;
                for (int i = 0; i < 400; i++) {
                    double lon = e.getMinX() + random.nextDouble() * e.getWidth();
                    double lat = e.getMinY() + random.nextDouble() * e.getHeight();
                    List<String> want = names(jts.containing(lon, lat));
                    assertEquals(want, names(postgis.containing(lon, lat)), "at " + lon + "," + lat);
                    nonEmpty += want.isEmpty() ? 0 : 1;
                }
                assertTrue(nonEmpty > 100, "most points fall inside some feature: " + nonEmpty);
                Coordinate vertex = layers.layers().get(0).features().get(0).geometry().getCoordinates()[0];
                List<String> onBoundary = names(jts.containing(vertex.x, vertex.y));
                assertFalse(onBoundary.isEmpty(), "a vertex is covered, boundaries included");
                assertEquals(onBoundary, names(postgis.containing(vertex.x, vertex.y)));

                PostgisIndex reloaded = new PostgisIndex(f, "hunyuan-2021-2035", layers);
                assertEquals(onBoundary, names(reloaded.containing(vertex.x, vertex.y)), "reloading replaces, never duplicates");
            } finally {
                f.close();
            }
        }
    }

    @Test
    void h2HasNoPostgis() {
        EntityManagerFactory f = PlanTracePersistence.open(DatabaseSettings.h2(DataDirectory.at(tmp)),
                Map.of(PlanTracePersistence.LOGGING_LEVEL, "OFF"));
        try {
            assertFalse(SpatialEngines.postgisIn(f));
        } finally {
            f.close();
        }
    }

    private static List<String> names(List<FeatureIndex.Hit> hits) {
        return hits.stream().map(h -> h.layer().name() + "/" + h.feature().name()).toList();
    }
}
