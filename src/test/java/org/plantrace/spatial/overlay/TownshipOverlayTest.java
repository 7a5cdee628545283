package org.plantrace.spatial.overlay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plantrace.spatial.Layer;
import org.plantrace.spatial.LayerKind;
import org.plantrace.spatial.LayerSet;
import org.plantrace.spatial.crs.EqualArea;
import org.plantrace.spatial.io.LayerFolder;

class TownshipOverlayTest {
    private static LayerSet set;
    private static OverlayResult result;

    @BeforeAll
    static void overlay() throws Exception {
        set = LayerFolder.read(Path.of("corpus/hunyuan/layers"));
        result = TownshipOverlay.compute(set);
    }

    private static double layerKm2(LayerKind kind) {
        Layer l = set.get(kind).orElseThrow();
        return l.features().stream().mapToDouble(f -> EqualArea.areaOf(f.geometry()).km2()).sum();
    }

    @Test
    void hasOneRowPerTownshipInFileOrder() {
        assertEquals(18, result.townships().size());
        assertEquals("永安镇", result.townships().get(0).name());
        assertTrue(result.illustrative());
    }

    @Test
    void theTownshipsAddUpToTheCounty() {
        double townships = result.townships().stream().mapToDouble(TownshipRow::areaKm2).sum();
        assertEquals(layerKm2(LayerKind.COUNTY), townships, 0.01);
    }

    @Test
    void eachLayerIsFullyAllocatedToTownships() {
        for (LayerKind kind : List.of(LayerKind.ECOLOGICAL_RED_LINE, LayerKind.PERMANENT_BASIC_FARMLAND,
                LayerKind.CULTIVATED_LAND, LayerKind.URBAN_DEVELOPMENT_BOUNDARY, LayerKind.CENTRAL_CITY)) {
            double allocated = result.townships().stream().mapToDouble(r -> r.layers().get(kind.label()).areaKm2()).sum();
            assertEquals(layerKm2(kind), allocated, layerKm2(kind) * 1e-5, kind.label());
        }
    }

    @Test
    void sharesAreFractionsOfTheTownshipAndControlLinesNeverExceedIt() {
        for (TownshipRow row : result.townships()) {
            double lines = 0;
            for (LayerShare s : row.layers().values()) {
                assertTrue(s.share() >= 0 && s.share() <= 1 + 1e-9, row.name() + " " + s);
            }
            lines += row.layers().get("生态保护红线").share() + row.layers().get("耕地").share()
                    + row.layers().get("城镇开发边界").share();
            assertTrue(lines <= 1 + 1e-6, row.name() + ": red line, farmland and urban land are disjoint");
        }
    }

    @Test
    void theUrbanBoundaryLiesInTheTownsThePlanNames() {
        List<String> withBoundary = result.townships().stream()
                .filter(r -> r.layers().get("城镇开发边界").areaKm2() > 0.01).map(TownshipRow::name).sorted().toList();
        assertTrue(withBoundary.containsAll(List.of("永安镇", "王庄堡镇", "蔡村镇", "西坊城镇", "青磁窑镇", "沙圪坨镇")), withBoundary.toString());
    }

    @Test
    void bruteForceGivesTheSameFigures() {
        assertEquals(OverlayJson.render(result), OverlayJson.render(TownshipOverlay.compute(set, TownshipOverlay.Search.BRUTE_FORCE)));
    }

    @Test
    void rendersTheAgreedJsonShape() throws Exception {
        JsonNode json = new ObjectMapper().readTree(OverlayJson.render(result));
        assertTrue(json.get("illustrative").asBoolean());
        JsonNode first = json.get("townships").get(0);
        assertEquals("永安镇", first.get("name").asText());
        assertTrue(first.get("areaKm2").isNumber());
        JsonNode red = first.get("layers").get("生态保护红线");
        assertTrue(red.get("areaKm2").isNumber() && red.get("share").isNumber());
        assertFalse(first.get("layers").has("县域"), "the county is not a layer inside a township");
    }

    @Test
    void aMissingLayerIsAbsentNotZero() {
        LayerSet without = new LayerSet(set.layers().stream().filter(l -> l.kind() != LayerKind.HISTORIC_CITY).toList());
        TownshipRow row = TownshipOverlay.compute(without).townships().get(0);
        assertFalse(row.layers().containsKey("历史城区"));
        assertTrue(row.layers().containsKey("历史文化街区"));
    }
}
