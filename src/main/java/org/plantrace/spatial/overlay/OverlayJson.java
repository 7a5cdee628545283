package org.plantrace.spatial.overlay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * {@code {"illustrative":true,"townships":[{"name","areaKm2","layers":{"生态保护红线":{"areaKm2","share"},…}}]}},
 * areas rounded to 0.0001 km² (100 m², the validation tolerance) and shares to 0.0001.
 */
public final class OverlayJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private OverlayJson() {
    }

    public static String render(OverlayResult result) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("illustrative", result.illustrative());
        ArrayNode townships = root.putArray("townships");
        for (TownshipRow row : result.townships()) {
            ObjectNode t = townships.addObject();
            t.put("name", row.name());
            t.put("areaKm2", round(row.areaKm2()));
            ObjectNode layers = t.putObject("layers");
            for (Map.Entry<String, LayerShare> e : row.layers().entrySet()) {
                layers.putObject(e.getKey()).put("areaKm2", round(e.getValue().areaKm2()))
                        .put("share", round(e.getValue().share()));
            }
        }
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of JSON nodes always serializes", e);
        }
    }

    private static BigDecimal round(double v) {
        return BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_UP);
    }
}
