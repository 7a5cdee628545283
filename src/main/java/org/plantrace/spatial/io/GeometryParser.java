package org.plantrace.spatial.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.plantrace.ingest.InputRejectedException;
import org.plantrace.spatial.crs.CoordinateSystem;

/**
 * Builds JTS polygons from GeoJSON geometry members. Structure is checked here (types, ring
 * closure, number ranges); topology (self-intersections) is left to the validator, which reports
 * it with a rule id rather than refusing the file.
 */
final class GeometryParser {
    static final GeometryFactory FACTORY = new GeometryFactory();
    static final int MAX_VERTICES = 5_000_000;

    private final String fileName;
    private final CoordinateSystem cs;
    private int vertices;

    GeometryParser(String fileName, CoordinateSystem cs) {
        this.fileName = fileName;
        this.cs = cs;
    }

    org.locationtech.jts.geom.Geometry parse(JsonNode geometry, int feature) throws InputRejectedException {
        if (geometry == null || geometry.isNull()) {
            throw reject(feature, "没有几何 / has no geometry");
        }
        String type = geometry.path("type").asText("");
        JsonNode coordinates = geometry.path("coordinates");
        switch (type) {
            case "Polygon":
                return polygon(coordinates, feature);
            case "MultiPolygon":
                if (!coordinates.isArray()) {
                    throw reject(feature, "coordinates 不是数组 / coordinates are not an array");
                }
                Polygon[] parts = new Polygon[coordinates.size()];
                for (int i = 0; i < parts.length; i++) {
                    parts[i] = polygon(coordinates.get(i), feature);
                }
                MultiPolygon mp = FACTORY.createMultiPolygon(parts);
                return mp;
            default:
                throw reject(feature, "几何类型 " + (type.isEmpty() ? "(missing)" : type)
                        + " 不是面 / geometry type is not Polygon or MultiPolygon");
        }
    }

    private Polygon polygon(JsonNode rings, int feature) throws InputRejectedException {
        if (!rings.isArray() || rings.isEmpty()) {
            throw reject(feature, "面没有环 / a polygon has no rings");
        }
        LinearRing shell = ring(rings.get(0), feature);
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i), feature);
        }
        return FACTORY.createPolygon(shell, holes);
    }

    private LinearRing ring(JsonNode positions, int feature) throws InputRejectedException {
        if (!positions.isArray() || positions.size() < 4) {
            throw reject(feature, "环少于 4 个点 / a ring has fewer than 4 positions");
        }
        vertices += positions.size();
        if (vertices > MAX_VERTICES) {
            throw reject(feature, "顶点过多 / more than " + MAX_VERTICES + " vertices in the file");
        }
        Coordinate[] cs = new Coordinate[positions.size()];
        for (int i = 0; i < cs.length; i++) {
            cs[i] = position(positions.get(i), feature);
        }
        if (!cs[0].equals2D(cs[cs.length - 1])) {
            throw reject(feature, "环未闭合 / a ring is not closed (first " + cs[0] + " ≠ last " + cs[cs.length - 1] + ")");
        }
        return FACTORY.createLinearRing(cs);
    }

    private Coordinate position(JsonNode p, int feature) throws InputRejectedException {
        if (!p.isArray() || p.size() < 2 || !p.get(0).isNumber() || !p.get(1).isNumber()) {
            throw reject(feature, "坐标不是数字对 / a position is not a pair of numbers: " + p);
        }
        double x = p.get(0).asDouble();
        double y = p.get(1).asDouble();
        Optional<String> problem = this.cs.outOfRange(x, y);
        if (problem.isPresent()) {
            throw reject(feature, problem.get() + ": (" + p.get(0) + ", " + p.get(1) + ") in " + this.cs);
        }
        return new Coordinate(x, y);
    }

    InputRejectedException reject(int feature, String problem) {
        return new InputRejectedException(fileName, "第 " + feature + " 个要素 / feature " + feature + ": " + problem);
    }
}
