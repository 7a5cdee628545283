package org.plantrace.spatial.illustrative;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.plantrace.spatial.Feature;

/**
 * The seven illustrative 详规单元 (line 606): Voronoi cells of one site at the boundary's centre
 * and six around it, clipped to the central city's urban development boundary, which they
 * therefore partition. Named 详规单元01…07; the plan does not name them.
 */
final class DetailedPlanUnits {
    private final Canvas canvas;

    DetailedPlanUnits(Canvas canvas) {
        this.canvas = canvas;
    }

    List<Feature> within(Geometry boundary, Random random) {
        Geometry metres = canvas.projection.project(boundary);
        Coordinate centre = metres.getInteriorPoint().getCoordinate();
        List<Coordinate> sites = new ArrayList<>();
        Map<Coordinate, String> names = new HashMap<>();
        sites.add(centre);
        for (int k = 0; k < 6; k++) {
            double angle = Math.toRadians(30 + 60 * k + 20 * (random.nextDouble() - 0.5));
            double r = 1_300 + 300 * random.nextDouble();
            sites.add(new Coordinate(centre.x + r * Math.cos(angle), centre.y + r * Math.sin(angle)));
        }
        for (int i = 0; i < sites.size(); i++) {
            names.put(sites.get(i), String.format(java.util.Locale.ROOT, "详规单元%02d", i + 1));
        }
        List<Feature> units = new ArrayList<>();
        new Townships(canvas).cells(sites, names, metres.getEnvelopeInternal(), boundary).forEach((name, g) -> {
            Map<String, String> p = new java.util.LinkedHashMap<>();
            p.put("name", name);
            units.add(new Feature(name, g, p));
        });
        return units;
    }
}
