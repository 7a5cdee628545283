package org.plantrace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.locationtech.jts.geom.Envelope;
import org.plantrace.cli.SearchCommandTest.Run;
import org.plantrace.infrastructure.persistence.UnitOfWork;
import org.plantrace.infrastructure.spatial.SpatialStore;
import org.plantrace.planpackage.PlanPackages;
import org.plantrace.spatial.LayerKind;
import org.plantrace.spatial.LayerSet;
import org.plantrace.spatial.index.FeatureIndex;

/**
 * The command line's spatial commands on each store (H2: JTS in memory; PostgreSQL: PostGIS): {@code
 * at} answers 40 random points of the county as the in-memory index does (township and features),
 * and {@code overlay --data} gives the in-memory overlay's figures within the rounding step;
 * {@code checklist} derives its estimates. On PostgreSQL the answers demonstrably came from PostGIS:
 * the layers are in its table, under the plan code for {@code at}, under the overlay key of the plan
 * for the checklist, and under the folder for a layers folder's overlay.
 */
class SpatialCommandsTest {
    static final String HUNYUAN = "hunyuan-2021-2035";
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @ParameterizedTest
    @EnumSource(SpatialStore.class)
    void atAndOverlayAnswerOnEachStoreAsInMemory(SpatialStore store) throws Exception {
        try (SpatialStore.Opened opened = store.open(tmp)) {
            String data = opened.data().toString();
            ok(SearchCommandTest.run("ingest", "corpus/hunyuan", "--data", data, "--publish"));
            LayerSet layers = PlanPackages.located().layers(HUNYUAN).orElseThrow();
            FeatureIndex reference = new FeatureIndex(layers);
            Envelope e = layers.envelope();
            Random random = new Random(163);
            int inside = 0;
            for (int i = 0; i < 40; i++) {
                double lon = e.getMinX() + random.nextDouble() * e.getWidth();
                double lat = e.getMinY() + random.nextDouble() * e.getHeight();
                JsonNode at = JSON.readTree(ok(SearchCommandTest.run("at", String.valueOf(lon), String.valueOf(lat),
                        "--data", data)).out());
                String township = reference.containing(lon, lat).stream().filter(h -> h.layer().kind() == LayerKind.TOWNSHIP)
                        .map(h -> h.feature().name()).findFirst().orElse(null);
                assertEquals(township, at.get("township").isNull() ? null : at.get("township").asText(), lon + "," + lat);
                Set<String> want = new HashSet<>();
                reference.containing(lon, lat).stream()
                        .filter(h -> h.layer().kind() != LayerKind.TOWNSHIP && h.layer().kind() != LayerKind.COUNTY)
                        .forEach(h -> want.add(h.layer().label() + "/" + h.feature().name()));
                Set<String> got = new HashSet<>();
                at.get("features").forEach(f -> got.add(f.get("layer").asText() + "/" + f.get("name").asText()));
                assertEquals(want, got, lon + "," + lat);
                inside += township == null ? 0 : 1;
            }
            assertTrue(inside > 20, "most points of the envelope lie in a township: " + inside);
            assertEquals(store == SpatialStore.POSTGIS ? layers.layers().stream().mapToInt(l -> l.features().size()).sum() : 0,
                    rowsUnder(opened, HUNYUAN), "at asked PostGIS on PostgreSQL, nothing was stored on H2");

            // the checklist's illustrative estimates come from the township overlay, run where the store says
            String checklist = ok(SearchCommandTest.run("checklist", "--township", "王庄堡镇", "--data", data)).out();
            assertTrue(checklist.contains("\"estimate\":true"), "the checklist holds overlay estimates");
            assertEquals(store == SpatialStore.POSTGIS, rowsUnder(opened, "overlay:" + HUNYUAN) > 0,
                    "the checklist's overlay ran in PostGIS on PostgreSQL");

            Path folder = Path.of("corpus/hunyuan/layers");
            assertAgree(JSON.readTree(ok(SearchCommandTest.run("overlay", folder.toString())).out()),
                    JSON.readTree(ok(SearchCommandTest.run("overlay", folder.toString(), "--data", data)).out()));
            assertEquals(store == SpatialStore.POSTGIS,
                    rowsUnder(opened, "overlay:" + folder.toAbsolutePath().normalize()) > 0, "overlay ran in PostGIS on PostgreSQL");
        }
    }

    /** The rows of the PostGIS table under {@code key}; 0 where there is no such table (H2). */
    private static long rowsUnder(SpatialStore.Opened opened, String key) {
        if (opened.pg() == null) {
            return 0;
        }
        EntityManagerFactory f = opened.factory();
        try {
            return UnitOfWork.read(f, em -> ((Number) em.createNativeQuery("SELECT count(*) FROM spatial_feature WHERE plan_code = ?")
                    .setParameter(1, key).getSingleResult()).longValue());
        } finally {
            f.close();
        }
    }

    /** Same townships, layers and order; every figure within the JSON's rounding step (0.0001) plus one. */
    private static void assertAgree(JsonNode want, JsonNode got) {
        assertEquals(want.get("illustrative"), got.get("illustrative"));
        assertEquals(want.get("townships").size(), got.get("townships").size());
        for (int t = 0; t < want.get("townships").size(); t++) {
            JsonNode a = want.get("townships").get(t);
            JsonNode b = got.get("townships").get(t);
            assertEquals(a.get("name"), b.get("name"));
            assertEquals(a.get("areaKm2").asDouble(), b.get("areaKm2").asDouble(), 0.0002, a.get("name").asText());
            Iterator<Map.Entry<String, JsonNode>> layers = a.get("layers").fields();
            Iterator<String> names = b.get("layers").fieldNames();
            while (layers.hasNext()) {
                Map.Entry<String, JsonNode> l = layers.next();
                assertEquals(l.getKey(), names.next());
                JsonNode other = b.get("layers").get(l.getKey());
                assertEquals(l.getValue().get("areaKm2").asDouble(), other.get("areaKm2").asDouble(), 0.0002, l.getKey());
                assertEquals(l.getValue().get("share").asDouble(), other.get("share").asDouble(), 0.0002, l.getKey());
            }
            assertFalse(names.hasNext());
        }
    }

    private static Run ok(Run r) {
        assertEquals(0, r.code(), r.out() + r.err());
        return r;
    }
}
