package org.plantrace.spatial.overlay;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.plantrace.spatial.Layer;
import org.plantrace.spatial.LayerSet;
import org.plantrace.spatial.crs.EqualArea;

/**
 * The overlay of small zones (detailed-plan units) with a few layers, feature by feature: for zone
 * {@code z} (in the zones layer's file order) and layer {@code k}, the area in m² of each of the
 * layer's features inside the zone ({@link #feature}) and of their union ({@link #layer}). Measured
 * in {@link TownshipOverlay#projection}, whoever runs the intersections (JTS here, or PostGIS).
 */
public record ZoneAreas(double[][] layer, double[][][] feature) {
    private static final GeometryFactory FACTORY = new GeometryFactory();

    /** Empty areas for {@code zones} × {@code layers}, to be filled in. */
    public static ZoneAreas sized(Layer zones, List<Layer> layers) {
        int n = zones.features().size();
        double[][][] feature = new double[n][layers.size()][];
        for (int z = 0; z < n; z++) {
            for (int k = 0; k < layers.size(); k++) {
                feature[z][k] = new double[layers.get(k).features().size()];
            }
        }
        return new ZoneAreas(new double[n][layers.size()], feature);
    }

    /** In memory with JTS: every zone cut with every feature (units are few and small: no index needed). */
    public static ZoneAreas inMemory(LayerSet set, Layer zones, List<Layer> layers) {
        EqualArea projection = TownshipOverlay.projection(set);
        ZoneAreas areas = sized(zones, layers);
        for (int z = 0; z < zones.features().size(); z++) {
            Geometry zone = zones.features().get(z).geometry();
            for (int k = 0; k < layers.size(); k++) {
                List<Geometry> pieces = new ArrayList<>();
                for (int i = 0; i < layers.get(k).features().size(); i++) {
                    Geometry piece = OverlayNGRobust.overlay(zone, layers.get(k).features().get(i).geometry(),
                            OverlayNG.INTERSECTION);
                    if (!piece.isEmpty()) {
                        areas.feature[z][k][i] = projection.project(piece).getArea();
                        pieces.add(piece);
                    }
                }
                areas.layer[z][k] = pieces.isEmpty() ? 0 : projection.project(UnaryUnionOp.union(pieces, FACTORY)).getArea();
            }
        }
        return areas;
    }
}
