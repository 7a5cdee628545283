package org.plantrace.spatial.illustrative;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.plantrace.spatial.Feature;

/**
 * Two illustrative layers of the central city that the plan describes only in words, drawn so that
 * detailed-plan units can be overlaid with them (transmission rule type f):
 * <ul>
 * <li>开发强度分区 (line 393): 开发强度I区 is the historic city grown by 300 m (the plan puts I区 in 浑源古城
 * and 老城片区), within the central boundary; the rest is split by an east–west line through the rest's
 * centre standing for 迎宾路: II区 south of it, III区 north;</li>
 * <li>15分钟社区生活圈 (line 363: four circles): Voronoi cells of four sites around the boundary's centre.</li>
 * </ul>
 * Both partition the central city's urban development boundary. Positions are invented.
 */
final class CentralCityZones {
    private static final double OLD_TOWN_MARGIN_M = 300;
    private final Canvas canvas;

    CentralCityZones(Canvas canvas) {
        this.canvas = canvas;
    }

    List<Feature> intensity(Geometry boundary, Geometry historicCity) {
        Geometry grown = canvas.toGrid(canvas.projection.project(historicCity).buffer(OLD_TOWN_MARGIN_M, 16));
        Geometry low = Canvas.intersection(grown, boundary);
        Geometry rest = Canvas.difference(boundary, low);
        Envelope e = rest.getEnvelopeInternal();
        double roadLat = rest.getCentroid().getY();
        Geometry south = box(e.getMinX() - 0.01, e.getMinY() - 0.01, e.getMaxX() + 0.01, roadLat);
        Geometry north = box(e.getMinX() - 0.01, roadLat, e.getMaxX() + 0.01, e.getMaxY() + 0.01);
        List<Feature> out = new ArrayList<>();
        out.add(feature("开发强度I区", low, "强度", "低强度"));
        out.add(feature("开发强度II区", Canvas.intersection(rest, south), "强度", "中等强度"));
        out.add(feature("开发强度III区", Canvas.intersection(rest, north), "强度", "中高强度"));
        return out;
    }

    List<Feature> lifeCircles(Geometry boundary) {
        Geometry metres = canvas.projection.project(boundary);
        Coordinate centre = metres.getInteriorPoint().getCoordinate();
        List<Coordinate> sites = new ArrayList<>();
        Map<Coordinate, String> names = new HashMap<>();
        for (int k = 0; k < 4; k++) {
            double angle = Math.toRadians(45 + 90 * k);
            Coordinate c = new Coordinate(centre.x + 1_200 * Math.cos(angle), centre.y + 1_200 * Math.sin(angle));
            sites.add(c);
            names.put(c, String.format(Locale.ROOT, "15分钟社区生活圈%d", k + 1));
        }
        List<Feature> out = new ArrayList<>();
        new Townships(canvas).cells(sites, names, metres.getEnvelopeInternal(), boundary)
                .forEach((name, g) -> out.add(feature(name, g)));
        return out;
    }

    private Geometry box(double minX, double minY, double maxX, double maxY) {
        return GeometryFactoryHolder.GRID.toGeometry(new Envelope(minX, maxX, minY, maxY));
    }

    private static Feature feature(String name, Geometry g, String... more) {
        Geometry polygons = polygonal(g);
        if (polygons.isEmpty()) {
            throw new IllegalStateException(name + " came out empty");
        }
        Map<String, String> p = new LinkedHashMap<>();
        p.put("name", name);
        for (int i = 0; i + 1 < more.length; i += 2) {
            p.put(more[i], more[i + 1]);
        }
        return new Feature(name, polygons, p);
    }

    /** The polygon parts of an overlay result (strict overlay gives polygons only, but be sure). */
    private static Geometry polygonal(Geometry g) {
        if (g instanceof org.locationtech.jts.geom.Polygonal) {
            return g;
        }
        List<Geometry> parts = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i) instanceof org.locationtech.jts.geom.Polygon) {
                parts.add(g.getGeometryN(i));
            }
        }
        return Canvas.union(parts);
    }

    private static final class GeometryFactoryHolder {
        static final org.locationtech.jts.geom.GeometryFactory GRID = new org.locationtech.jts.geom.GeometryFactory(Canvas.GRID);
    }
}
