package org.plantrace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.plantrace.cli.SearchCommandTest.Run;
import org.plantrace.planpackage.PlanPackages;
import org.plantrace.spatial.Feature;
import org.plantrace.spatial.Layer;
import org.plantrace.spatial.LayerKind;
import org.plantrace.spatial.LayerSet;

/**
 * {@code at LON LAT}: points computed from the Hunyuan package's own layers (an interior point of
 * 王庄堡镇's polygon, one also inside the ecological red line there), compared with a brute-force
 * point-in-polygon over every layer and with the clauses search finds for the township; a point
 * outside the county; bad coordinates.
 */
class AtCommandTest {
    static final String HUNYUAN = "hunyuan-2021-2035";
    static final String WANG = "王庄堡镇";
    static final ObjectMapper JSON = new ObjectMapper();
    static final GeometryFactory GEOMETRY = new GeometryFactory();

    @TempDir
    static Path tmp;
    static String data;
    static LayerSet layers;

    @BeforeAll
    static void ingest() throws Exception {
        data = tmp.resolve("data").toString();
        ok(run("ingest", "corpus/hunyuan", "--data", data, "--publish"));
        ok(run("ingest", "src/test/resources/review/wangzhuangbao.txt", "--parent", HUNYUAN, "--township", WANG, "--data", data,
                "--publish"));
        layers = PlanPackages.located().layers(HUNYUAN).orElseThrow();
    }

    @Test
    void aPointInATownshipNamesItsFeaturesAndTheClausesNamingThem() throws Exception {
        Geometry wang = feature(LayerKind.TOWNSHIP, WANG).geometry();
        Geometry red = layers.get(LayerKind.ECOLOGICAL_RED_LINE).orElseThrow().features().get(0).geometry();
        Geometry both = wang.intersection(red);
        assertFalse(both.isEmpty(), "the illustrative red line crosses 王庄堡镇");
        Point p = both.getInteriorPoint();
        JsonNode at = at(p.getX(), p.getY());
        assertFalse(at.get("outside").asBoolean());
        assertEquals(WANG, at.get("township").asText());
        assertEquals(expectedFeatures(p), features(at), "the features a brute-force test finds, no more");
        assertTrue(features(at).contains("生态保护红线/生态保护红线"), at.get("features").toString());
        at.get("features").forEach(f -> assertTrue(f.get("illustrative").asBoolean(), "the shipped layers are illustrative"));

        Set<String> county = new HashSet<>();
        Set<String> township = new HashSet<>();
        for (JsonNode c : at.get("clauses")) {
            assertTrue(c.has("uid") && c.has("path") && c.has("heading"), c.toString());
            (c.get("plan").asText().equals(HUNYUAN) ? county : township).add(c.get("uid").asText());
        }
        // the county clauses search links to the township are among those in force there
        JsonNode search = JSON.readTree(ok(run("search", WANG, "--data", data, "--filter", "township=" + WANG,
                "--filter", "plan=" + HUNYUAN, "--limit", "200")).out());
        assertTrue(search.get("total").asInt() > 0);
        for (JsonNode h : search.get("hits")) {
            assertTrue(county.contains(h.get("uid").asText()), "clause naming 王庄堡镇 missing: " + h.get("heading"));
        }
        JsonNode redLine = JSON.readTree(ok(run("search", "生态保护红线", "--data", data, "--filter", "control_line=生态保护红线",
                "--filter", "plan=" + HUNYUAN, "--limit", "200")).out());
        for (JsonNode h : redLine.get("hits")) {
            assertTrue(county.contains(h.get("uid").asText()), "clause naming the red line missing: " + h.get("heading"));
        }
        assertFalse(township.isEmpty(), "the published township plan's clauses on the red line are in force there too");
    }

    @Test
    void aPointOfTheTownshipOutsideEveryLineListsNoTownshipPlanClauses() throws Exception {
        Geometry wang = feature(LayerKind.TOWNSHIP, WANG).geometry();
        Geometry lines = wang;
        for (LayerKind k : List.of(LayerKind.ECOLOGICAL_RED_LINE, LayerKind.PERMANENT_BASIC_FARMLAND,
                LayerKind.URBAN_DEVELOPMENT_BOUNDARY, LayerKind.CULTIVATED_LAND)) {
            for (Feature f : layers.get(k).map(Layer::features).orElse(List.of())) {
                lines = lines.difference(f.geometry());
            }
        }
        assertFalse(lines.isEmpty(), "part of 王庄堡镇 lies outside every control line");
        Point p = lines.getInteriorPoint();
        JsonNode at = at(p.getX(), p.getY());
        assertEquals(WANG, at.get("township").asText());
        assertEquals(expectedFeatures(p), features(at));
        for (JsonNode c : at.get("clauses")) {
            assertEquals(HUNYUAN, c.get("plan").asText(), "no line or zone there: the township plan adds nothing");
        }
    }

    @Test
    void aPointOutsideTheCountySaysSo() throws Exception {
        JsonNode at = at(116.40, 39.90); // Beijing
        assertTrue(at.get("outside").asBoolean());
        assertTrue(at.get("township").isNull());
        assertTrue(at.get("message").asText().contains("不在县域"));
        assertEquals(0, at.get("features").size());
        assertEquals(0, at.get("clauses").size());
    }

    @Test
    void badCoordinatesAreUsageErrors() {
        assertEquals(1, run("at", "abc", "39.5", "--data", data).code());
        assertEquals(1, run("at", "113.9", "--data", data).code());
        assertEquals(1, run("at", "113.9", "95", "--data", data).code());
        assertEquals(2, run("at", "113.9", "39.5", "--data", tmp.resolve("nowhere").toString()).code());
    }

    private static JsonNode at(double lon, double lat) throws Exception {
        return JSON.readTree(ok(run("at", String.valueOf(lon), String.valueOf(lat), "--data", data)).out());
    }

    private static Feature feature(LayerKind kind, String name) {
        return layers.get(kind).orElseThrow().features().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    /** Brute force: every feature of every layer but the county and the townships that covers the point. */
    private static Set<String> expectedFeatures(Point p) {
        Set<String> out = new HashSet<>();
        Point point = GEOMETRY.createPoint(new Coordinate(p.getX(), p.getY()));
        for (Layer l : layers.layers()) {
            if (l.kind() == LayerKind.COUNTY || l.kind() == LayerKind.TOWNSHIP) {
                continue;
            }
            for (Feature f : l.features()) {
                if (f.geometry().covers(point)) {
                    out.add(l.label() + "/" + f.name());
                }
            }
        }
        return out;
    }

    private static Set<String> features(JsonNode at) {
        Set<String> out = new HashSet<>();
        at.get("features").forEach(f -> out.add(f.get("layer").asText() + "/" + f.get("name").asText()));
        return out;
    }

    static Run run(String... args) {
        return SearchCommandTest.run(args);
    }

    static Run ok(Run r) {
        assertEquals(0, r.code(), r.out() + r.err());
        return r;
    }
}
