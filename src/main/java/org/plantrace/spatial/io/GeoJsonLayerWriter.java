package org.plantrace.spatial.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.plantrace.spatial.Feature;

/**
 * Writes longitude/latitude features as an RFC 7946 FeatureCollection whose bytes depend only on
 * the features: keys in a fixed order (the metadata and property maps' own iteration order, so pass
 * ordered maps), coordinates rounded to {@link #DECIMALS} decimals (about 0.1 m) with trailing
 * zeros dropped, exterior rings counter-clockwise, one feature per line, "\n" line ends.
 */
public final class GeoJsonLayerWriter {
    public static final int DECIMALS = 6;
    private static final ObjectMapper JSON = new ObjectMapper();

    private GeoJsonLayerWriter() {
    }

    /** {@code metadata} becomes the top-level "plantrace" member; values are strings, booleans or numbers. */
    public static String write(Map<String, ?> metadata, List<Feature> features) {
        StringBuilder out = new StringBuilder("{\"type\":\"FeatureCollection\",\n\"plantrace\":");
        object(out, metadata);
        out.append(",\n\"features\":[");
        for (int i = 0; i < features.size(); i++) {
            Feature f = features.get(i);
            out.append(i == 0 ? "\n" : ",\n").append("{\"type\":\"Feature\",\"properties\":");
            object(out, f.properties());
            out.append(",\"geometry\":");
            geometry(out, f.geometry());
            out.append('}');
        }
        return out.append("\n]}\n").toString();
    }

    private static void object(StringBuilder out, Map<String, ?> map) {
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, ?> e : map.entrySet()) {
            out.append(first ? "" : ",").append(string(e.getKey())).append(':');
            Object v = e.getValue();
            out.append(v instanceof Boolean || v instanceof Number ? String.valueOf(v) : string(String.valueOf(v)));
            first = false;
        }
        out.append('}');
    }

    private static void geometry(StringBuilder out, Geometry g) {
        if (g instanceof Polygon p) {
            out.append("{\"type\":\"Polygon\",\"coordinates\":");
            polygon(out, p);
        } else {
            out.append("{\"type\":\"MultiPolygon\",\"coordinates\":[");
            for (int i = 0; i < g.getNumGeometries(); i++) {
                out.append(i == 0 ? "" : ",");
                polygon(out, (Polygon) g.getGeometryN(i));
            }
            out.append(']');
        }
        out.append('}');
    }

    private static void polygon(StringBuilder out, Polygon p) {
        out.append('[');
        ring(out, p.getExteriorRing(), true);
        for (int i = 0; i < p.getNumInteriorRing(); i++) {
            out.append(',');
            ring(out, p.getInteriorRingN(i), false);
        }
        out.append(']');
    }

    private static void ring(StringBuilder out, LineString ring, boolean exterior) {
        Coordinate[] cs = ring.getCoordinates();
        boolean reverse = Orientation.isCCW(cs) != exterior;
        out.append('[');
        for (int k = 0; k < cs.length; k++) {
            Coordinate c = cs[reverse ? cs.length - 1 - k : k];
            out.append(k == 0 ? "[" : ",[").append(number(c.x)).append(',').append(number(c.y)).append(']');
        }
        out.append(']');
    }

    static String number(double v) {
        BigDecimal d = BigDecimal.valueOf(Math.round(v * 1e6), DECIMALS).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    private static String string(String s) {
        try {
            return JSON.writeValueAsString(s);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a string always serializes", e);
        }
    }
}
