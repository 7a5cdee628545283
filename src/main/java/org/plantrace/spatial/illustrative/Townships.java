package org.plantrace.spatial.illustrative;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.precision.GeometryPrecisionReducer;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * The illustrative township partition: the Voronoi cells of the seats (in metres, so "nearest seat"
 * means nearest on the ground), clipped to the county on the 1e-6° grid. Neighbouring cells share
 * their edge vertices exactly, so the cells cover the county with no gap and no overlap.
 */
final class Townships {
    private final Canvas canvas;

    Townships(Canvas canvas) {
        this.canvas = canvas;
    }

    /** Township name → its part of the county, in {@link TownshipSeats#ALL} order. */
    Map<String, Geometry> partition(Geometry county) {
        List<Coordinate> sites = new ArrayList<>();
        Map<Coordinate, String> names = new HashMap<>();
        for (TownshipSeats.Seat s : TownshipSeats.ALL) {
            Coordinate c = canvas.metres(s.lon(), s.lat());
            sites.add(c);
            names.put(c, s.name());
        }
        return cells(sites, names, canvas.projection.project(county).getEnvelopeInternal(), county);
    }

    /** Voronoi cells of metric sites, on the grid, clipped to {@code within} (longitude/latitude). */
    Map<String, Geometry> cells(List<Coordinate> sites, Map<Coordinate, String> names, Envelope metresBounds,
            Geometry within) {
        VoronoiDiagramBuilder builder = new VoronoiDiagramBuilder();
        builder.setSites(sites);
        Envelope clip = new Envelope(metresBounds);
        clip.expandBy(20_000);
        builder.setClipEnvelope(clip);
        Geometry diagram = builder.getDiagram(canvas.metres);
        Map<String, Geometry> byName = new HashMap<>();
        for (int i = 0; i < diagram.getNumGeometries(); i++) {
            Geometry cell = diagram.getGeometryN(i);
            String name = names.get((Coordinate) cell.getUserData());
            Geometry onGrid = GeometryPrecisionReducer.reduce(canvas.projection.unproject(cell), Canvas.GRID);
            byName.put(name, Canvas.intersection(onGrid, within));
        }
        Map<String, Geometry> ordered = new LinkedHashMap<>();
        for (Coordinate c : sites) {
            ordered.put(names.get(c), byName.get(names.get(c)));
        }
        return ordered;
    }
}
