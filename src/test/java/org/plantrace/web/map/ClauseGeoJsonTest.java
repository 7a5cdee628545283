package org.plantrace.web.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.plantrace.spatial.LayerKind;
import org.plantrace.spatial.LayerSet;
import org.plantrace.web.view.MapRef;

class ClauseGeoJsonTest {
    static final Path LAYERS = Path.of("corpus/hunyuan/layers");

    static LayerSet hunyuan() {
        return MapLayers.read(LAYERS).orElseThrow();
    }

    static JsonNode parse(byte[] json) throws Exception {
        return new ObjectMapper().readTree(json);
    }

    private static List<JsonNode> features(JsonNode root, String role) {
        return StreamSupport.stream(root.get("features").spliterator(), false)
                .filter(f -> f.at("/properties/role").asText().equals(role)).toList();
    }

    @Test
    void aNamedTownshipIsDrawnOverTheCountyOutlineAndMarkedIllustrative() throws Exception {
        JsonNode root = parse(ClauseGeoJson.build(hunyuan(), List.of(new MapRef(LayerKind.TOWNSHIP, "王庄堡镇"))));

        assertEquals("FeatureCollection", root.get("type").asText());
        assertTrue(root.get("illustrative").asBoolean(), "the shipped layers say they are illustrative");
        assertEquals("示意数据，非官方成果", root.get("note").asText());
        assertEquals(1, features(root, "base").size());
        assertEquals("浑源县", features(root, "base").get(0).at("/properties/name").asText());
        List<JsonNode> linked = features(root, "linked");
        assertEquals(1, linked.size());
        assertEquals(1, root.get("linked").asInt());
        JsonNode wang = linked.get(0);
        assertEquals("王庄堡镇", wang.at("/properties/name").asText());
        assertEquals("townships", wang.at("/properties/layer").asText());
        assertEquals("乡镇", wang.at("/properties/label").asText());
        assertEquals("Polygon", wang.at("/geometry/type").asText());
        JsonNode first = wang.at("/geometry/coordinates/0/0");
        double lon = first.get(0).asDouble();
        double lat = first.get(1).asDouble();
        assertTrue(lon > 113 && lon < 115 && lat > 39 && lat < 40, "longitude, latitude in Hunyuan: " + first);
        assertEquals(lon, Math.round(lon * 1e5) / 1e5, 0.0, "cut to 5 decimals");
    }

    @Test
    void aWholeLayerBringsAllItsFeatures() throws Exception {
        JsonNode root = parse(ClauseGeoJson.build(hunyuan(), List.of(MapRef.wholeLayer(LayerKind.DETAILED_PLAN_UNIT),
                MapRef.wholeLayer(LayerKind.ECOLOGICAL_RED_LINE))));

        assertEquals(8, features(root, "linked").size(), "7 detailed-plan units and the red line");
        assertEquals("MultiPolygon", features(root, "linked").get(7).at("/geometry/type").asText());
    }

    @Test
    void nothingLinkedLeavesTheCountyOutlineAlone() throws Exception {
        JsonNode root = parse(ClauseGeoJson.build(hunyuan(), List.of(new MapRef(LayerKind.TOWNSHIP, "不存在乡"))));

        assertEquals(0, root.get("linked").asInt(), "a name the layer does not hold draws nothing");
        assertEquals(1, root.get("features").size());
    }

    @Test
    void missingLayersMeanNoMap() {
        assertTrue(MapLayers.read(Path.of("no/such/folder")).isEmpty());
    }
}
