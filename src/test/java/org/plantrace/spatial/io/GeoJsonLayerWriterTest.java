package org.plantrace.spatial.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.io.WKTReader;
import org.plantrace.spatial.Feature;

class GeoJsonLayerWriterTest {
    @Test
    void roundsToSixDecimalsAndDropsTrailingZeros() {
        assertEquals("113.7", GeoJsonLayerWriter.number(113.7000004));
        assertEquals("39.123457", GeoJsonLayerWriter.number(39.1234567));
        assertEquals("114", GeoJsonLayerWriter.number(114.0));
        assertEquals("-0.5", GeoJsonLayerWriter.number(-0.5));
    }

    @Test
    void writesKeysInTheGivenOrderAndShellsCounterClockwise() throws Exception {
        // a clockwise shell: the writer turns it round (RFC 7946)
        Feature f = new Feature("甲", new WKTReader().read("POLYGON ((0 0, 0 1, 1 1, 1 0, 0 0))"),
                new LinkedHashMap<>(Map.of("name", "甲")));
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("layer", "乡镇");
        meta.put("illustrative", true);
        String json = GeoJsonLayerWriter.write(meta, List.of(f));
        assertTrue(json.startsWith("{\"type\":\"FeatureCollection\",\n\"plantrace\":{\"layer\":\"乡镇\",\"illustrative\":true}"), json);
        assertTrue(json.contains("[[[0,0],[1,0],[1,1],[0,1],[0,0]]]"), json);
    }
}
