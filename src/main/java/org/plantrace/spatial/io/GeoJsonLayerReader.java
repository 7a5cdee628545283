package org.plantrace.spatial.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.plantrace.ingest.InputRejectedException;
import org.plantrace.spatial.Feature;
import org.plantrace.spatial.Layer;
import org.plantrace.spatial.LayerKind;
import org.plantrace.spatial.crs.CoordinateSystem;
import org.plantrace.spatial.crs.Transforms;

/**
 * Reads one GeoJSON layer file. The coordinate system is, in order: the one the caller gives, the
 * file's {@code "crs"} member (the pre-RFC 7946 form GIS tools still write for projected data), or
 * longitude/latitude as RFC 7946 says. The layer kind is the file's {@code plantrace.layer} member
 * or its file name stem ({@code townships.geojson}); anything else is read as {@link LayerKind#OTHER}.
 */
public final class GeoJsonLayerReader {
    /** Plan layers simplified for review are a few MB; a file far larger is not a layer file. */
    public static final long DEFAULT_MAX_BYTES = 64L << 20;
    static final int MAX_FEATURES = 100_000;

    private final long maxBytes;

    public GeoJsonLayerReader() {
        this(DEFAULT_MAX_BYTES);
    }

    public GeoJsonLayerReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public Layer read(Path file) throws InputRejectedException {
        return read(file, null);
    }

    /** Reads a file whose coordinates are in {@code declared} (null: from the file, else lon/lat). */
    public Layer read(Path file, CoordinateSystem declared) throws InputRejectedException {
        String name = String.valueOf(file.getFileName());
        JsonNode root = parse(file, name);
        if (!root.isObject() || !"FeatureCollection".equals(root.path("type").asText())) {
            throw new InputRejectedException(name, "不是 GeoJSON FeatureCollection / not a GeoJSON FeatureCollection (\"type\" is "
                    + (root.has("type") ? root.get("type") : "missing") + ")");
        }
        CoordinateSystem cs = declared != null ? declared : declaredCrs(root, name);
        JsonNode features = root.path("features");
        if (!features.isArray()) {
            throw new InputRejectedException(name, "缺少 features 数组 / \"features\" is missing or not an array");
        }
        if (features.size() > MAX_FEATURES) {
            throw new InputRejectedException(name, "要素过多 / too many features: " + features.size() + " (at most " + MAX_FEATURES + ")");
        }
        GeometryParser geometries = new GeometryParser(name, cs);
        List<Feature> result = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            result.add(feature(features.get(i), i + 1, geometries, cs));
        }
        JsonNode meta = root.path("plantrace");
        String stem = name.replaceFirst("(?i)\\.(geo)?json$", "");
        LayerKind kind = LayerKind.find(meta.path("layer").asText(""))
                .or(() -> LayerKind.find(stem)).orElse(LayerKind.OTHER);
        return new Layer(kind, stem, result, name, meta.path("illustrative").asBoolean(false));
    }

    private JsonNode parse(Path file, String name) throws InputRejectedException {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new InputRejectedException(name, "无法读取 / cannot be read: " + e.getMessage(), e);
        }
        if (size == 0) {
            throw new InputRejectedException(name, "文件为空 / the file is empty");
        }
        if (size > maxBytes) {
            throw new InputRejectedException(name, "文件过大 / too large: " + (size >> 20) + " MB (at most "
                    + (maxBytes >> 20) + " MB); 请先简化或分块 / simplify or split it first");
        }
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build()).build();
        try {
            return new ObjectMapper(factory).readTree(file.toFile());
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new InputRejectedException(name, "不是有效的 JSON / broken JSON" + where + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new InputRejectedException(name, "无法读取 / cannot be read: " + e.getMessage(), e);
        }
    }

    private static CoordinateSystem declaredCrs(JsonNode root, String name) throws InputRejectedException {
        JsonNode crs = root.get("crs");
        if (crs == null || crs.isNull()) {
            return CoordinateSystem.CGCS2000;
        }
        String text = crs.path("properties").path("name").asText("");
        Optional<CoordinateSystem> cs = CoordinateSystem.parse(text);
        if (cs.isEmpty()) {
            throw new InputRejectedException(name, "不支持的坐标系 / unsupported \"crs\" " + crs
                    + " (supported: EPSG:4326, 4490, 4513–4554)");
        }
        return cs.get();
    }

    private static Feature feature(JsonNode node, int number, GeometryParser geometries, CoordinateSystem cs)
            throws InputRejectedException {
        if (!"Feature".equals(node.path("type").asText())) {
            throw geometries.reject(number, "不是 Feature / is not a Feature");
        }
        Geometry g = geometries.parse(node.get("geometry"), number);
        Map<String, String> properties = new LinkedHashMap<>();
        node.path("properties").fields().forEachRemaining(e -> {
            if (e.getValue().isValueNode() && !e.getValue().isNull()) {
                properties.put(e.getKey(), e.getValue().asText());
            }
        });
        String featureName = properties.getOrDefault("name", properties.getOrDefault("名称", "#" + number));
        return new Feature(featureName, Transforms.toGeographic(g, cs), properties);
    }
}
