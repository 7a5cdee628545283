package org.plantrace.web.map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.plantrace.spatial.Feature;
import org.plantrace.spatial.Layer;
import org.plantrace.spatial.LayerKind;
import org.plantrace.spatial.LayerSet;
import org.plantrace.web.view.MapRef;

/**
 * The GeoJSON a clause page's map draws: the county outline as the base (there are no tiles, the
 * site is offline), then the features the clause is linked to, each with its layer. The top-level
 * {@code illustrative} and {@code note} carry the layers' own flag to the page, which must say so.
 * Coordinates are cut to 5 decimals (about a metre): the layers are sketches, and the page loads less.
 */
public final class ClauseGeoJson {
    /** What the map and its legend say when the layers are illustrative. */
    public static final String ILLUSTRATIVE_NOTE = "示意数据，非官方成果";
    private static final double SCALE = 1e5;

    private ClauseGeoJson() {
    }

    public static byte[] build(LayerSet layers, List<MapRef> refs) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator out = new JsonFactory().createGenerator(bytes)) {
            out.writeStartObject();
            out.writeStringField("type", "FeatureCollection");
            out.writeBooleanField("illustrative", layers.illustrative());
            out.writeStringField("note", layers.illustrative() ? ILLUSTRATIVE_NOTE : "");
            out.writeArrayFieldStart("features");
            layers.get(LayerKind.COUNTY).ifPresent(county -> county.features().forEach(f -> write(out, county, f, "base")));
            int linked = 0;
            for (MapRef ref : refs) {
                Layer layer = layers.get(ref.layer()).orElse(null);
                if (layer == null) {
                    continue;
                }
                for (Feature f : layer.features()) {
                    if (ref.feature() == null || ref.feature().equals(f.name())) {
                        write(out, layer, f, "linked");
                        linked++;
                    }
                }
            }
            out.writeEndArray();
            out.writeNumberField("linked", linked);
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return bytes.toByteArray();
    }

    private static void write(JsonGenerator out, Layer layer, Feature f, String role) {
        try {
            out.writeStartObject();
            out.writeStringField("type", "Feature");
            out.writeObjectFieldStart("properties");
            out.writeStringField("name", f.name());
            out.writeStringField("layer", layer.kind().id());
            out.writeStringField("label", layer.label());
            out.writeStringField("role", role);
            out.writeEndObject();
            out.writeFieldName("geometry");
            geometry(out, f.geometry());
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Polygons and multipolygons, which is what plan layers hold; anything else is written as null. */
    static void geometry(JsonGenerator out, Geometry g) throws IOException {
        if (g instanceof Polygon p) {
            out.writeStartObject();
            out.writeStringField("type", "Polygon");
            out.writeFieldName("coordinates");
            polygon(out, p);
            out.writeEndObject();
        } else if (g instanceof MultiPolygon mp) {
            out.writeStartObject();
            out.writeStringField("type", "MultiPolygon");
            out.writeArrayFieldStart("coordinates");
            for (int i = 0; i < mp.getNumGeometries(); i++) {
                polygon(out, (Polygon) mp.getGeometryN(i));
            }
            out.writeEndArray();
            out.writeEndObject();
        } else {
            out.writeNull();
        }
    }

    private static void polygon(JsonGenerator out, Polygon p) throws IOException {
        out.writeStartArray();
        ring(out, p.getExteriorRing());
        for (int i = 0; i < p.getNumInteriorRing(); i++) {
            ring(out, p.getInteriorRingN(i));
        }
        out.writeEndArray();
    }

    private static void ring(JsonGenerator out, LineString ring) throws IOException {
        out.writeStartArray();
        for (Coordinate c : ring.getCoordinates()) {
            out.writeStartArray();
            out.writeNumber(Math.round(c.x * SCALE) / SCALE);
            out.writeNumber(Math.round(c.y * SCALE) / SCALE);
            out.writeEndArray();
        }
        out.writeEndArray();
    }
}
