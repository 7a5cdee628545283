package org.plantrace.spatial.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plantrace.ingest.InputRejectedException;
import org.plantrace.spatial.Layer;
import org.plantrace.spatial.LayerKind;

/** One test per way a layer file is refused; each message names the file and the problem. */
class GeoJsonLayerReaderTest {
    private static final String SQUARE = "[[[113.6,39.6],[113.7,39.6],[113.7,39.7],[113.6,39.7],[113.6,39.6]]]";

    @TempDir
    Path dir;

    private Path file(String name, String json) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, json, StandardCharsets.UTF_8);
        return p;
    }

    private static String collection(String geometry) {
        return "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"name\":\"甲\"},"
                + "\"geometry\":" + geometry + "}]}";
    }

    private InputRejectedException refused(String name, String json) throws Exception {
        Path p = file(name, json);
        InputRejectedException e = assertThrows(InputRejectedException.class, () -> new GeoJsonLayerReader().read(p));
        assertEquals(name, e.fileName());
        assertTrue(e.getMessage().startsWith(name + ": "), e.getMessage());
        return e;
    }

    @Test
    void readsAPolygonLayerAndTakesItsKindFromTheFileName() throws Exception {
        Layer l = new GeoJsonLayerReader().read(file("ecological-red-line.geojson",
                collection("{\"type\":\"Polygon\",\"coordinates\":" + SQUARE + "}")));
        assertEquals(LayerKind.ECOLOGICAL_RED_LINE, l.kind());
        assertEquals("甲", l.features().get(0).name());
        assertFalse(l.illustrative());
    }

    @Test
    void takesTheKindAndTheIllustrativeFlagFromMetadata() throws Exception {
        String json = "{\"type\":\"FeatureCollection\",\"plantrace\":{\"layer\":\"永久基本农田\",\"illustrative\":true},"
                + "\"features\":[]}";
        Layer l = new GeoJsonLayerReader().read(file("mine.geojson", json));
        assertEquals(LayerKind.PERMANENT_BASIC_FARMLAND, l.kind());
        assertTrue(l.illustrative());
    }

    @Test
    void anUnknownFileIsReadAsAnOtherLayer() throws Exception {
        Layer l = new GeoJsonLayerReader().read(file("flood-risk.geojson", collection("{\"type\":\"MultiPolygon\",\"coordinates\":[" + SQUARE + "]}")));
        assertEquals(LayerKind.OTHER, l.kind());
        assertEquals("flood-risk", l.label());
    }

    @Test
    void refusesBrokenJsonSayingWhere() throws Exception {
        InputRejectedException e = refused("broken.geojson", "{\"type\":\"FeatureCollection\",\n\"features\":[{]}");
        assertTrue(e.problem().contains("broken JSON at line 2"), e.problem());
    }

    @Test
    void refusesAnEmptyFile() throws Exception {
        assertTrue(refused("empty.geojson", "").problem().contains("empty"));
    }

    @Test
    void refusesJsonThatIsNotAFeatureCollection() throws Exception {
        assertTrue(refused("point.geojson", "{\"type\":\"Point\",\"coordinates\":[1,2]}").problem().contains("FeatureCollection"));
    }

    @Test
    void refusesGeometriesThatAreNotPolygons() throws Exception {
        InputRejectedException e = refused("roads.geojson", collection("{\"type\":\"LineString\",\"coordinates\":[[113,39],[114,40]]}"));
        assertTrue(e.problem().contains("feature 1") && e.problem().contains("LineString"), e.problem());
    }

    @Test
    void refusesAFeatureWithoutGeometry() throws Exception {
        assertTrue(refused("null.geojson", collection("null")).problem().contains("no geometry"));
    }

    @Test
    void refusesFilesLargerThanTheLimit() throws Exception {
        Path p = file("huge.geojson", collection("{\"type\":\"Polygon\",\"coordinates\":" + SQUARE + "}") + " ".repeat(2 << 20));
        InputRejectedException e = assertThrows(InputRejectedException.class, () -> new GeoJsonLayerReader(1 << 20).read(p));
        assertTrue(e.problem().contains("too large"), e.problem());
    }

    @Test
    void refusesLongitudesOutOfRange() throws Exception {
        InputRejectedException e = refused("far.geojson",
                collection("{\"type\":\"Polygon\",\"coordinates\":[[[213.6,39.6],[113.7,39.6],[113.7,39.7],[213.6,39.6]]]}"));
        assertTrue(e.problem().contains("out of range") && e.problem().contains("213.6"), e.problem());
    }

    @Test
    void refusesProjectedCoordinatesInAFileWithoutCrsAndSaysWhy() throws Exception {
        InputRejectedException e = refused("undeclared.geojson", collection("{\"type\":\"Polygon\",\"coordinates\":"
                + "[[[38474000,4395000],[38475000,4395000],[38475000,4396000],[38474000,4395000]]]}"));
        assertTrue(e.problem().contains("declare a \"crs\""), e.problem());
    }

    @Test
    void refusesAnUnsupportedCrs() throws Exception {
        String json = "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"EPSG:3857\"}},\"features\":[]}";
        assertTrue(refused("mercator.geojson", json).problem().contains("unsupported"));
    }

    @Test
    void refusesAnUnclosedRing() throws Exception {
        InputRejectedException e = refused("open.geojson",
                collection("{\"type\":\"Polygon\",\"coordinates\":[[[113.6,39.6],[113.7,39.6],[113.7,39.7],[113.6,39.71]]]}"));
        assertTrue(e.problem().contains("not closed"), e.problem());
    }

    @Test
    void refusesPositionsThatAreNotNumbers() throws Exception {
        InputRejectedException e = refused("text.geojson",
                collection("{\"type\":\"Polygon\",\"coordinates\":[[[\"113.6\",39.6],[113.7,39.6],[113.7,39.7],[113.6,39.6]]]}"));
        assertTrue(e.problem().contains("pair of numbers"), e.problem());
    }
}
