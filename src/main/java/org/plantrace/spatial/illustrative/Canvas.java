package org.plantrace.spatial.illustrative;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.precision.GeometryPrecisionReducer;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;
import org.plantrace.spatial.crs.EqualArea;

/**
 * Where the generator draws: shapes are built in metres (an equal-area projection centred on the
 * county, so circles are round and areas true), then brought to longitude/latitude on a grid of
 * 1e-6° — the precision the files are written with — and combined there with snap-rounding
 * overlay, so what is measured during calibration is exactly what is written.
 */
final class Canvas {
    static final PrecisionModel GRID = new PrecisionModel(1e6);
    /** Curves are simplified to this many metres before leaving the metric plane: small files. */
    static final double SIMPLIFY_M = 25;

    final EqualArea projection;
    final GeometryFactory metres = new GeometryFactory();

    Canvas(double centreLon, double centreLat) {
        this.projection = EqualArea.centredOn(centreLon, centreLat);
    }

    /** A point given in longitude/latitude, in metres. */
    Coordinate metres(double lon, double lat) {
        return projection.project(metres.createPoint(new Coordinate(lon, lat))).getCoordinate();
    }

    /** A metric shape on the longitude/latitude grid. */
    Geometry toGrid(Geometry inMetres) {
        Geometry simple = TopologyPreservingSimplifier.simplify(inMetres, SIMPLIFY_M);
        return GeometryPrecisionReducer.reduce(projection.unproject(simple), GRID);
    }

    /** The true area of a longitude/latitude geometry, in m². */
    double area(Geometry lonLat) {
        return lonLat.isEmpty() ? 0 : projection.project(lonLat).getArea();
    }

    static Geometry intersection(Geometry a, Geometry b) {
        return overlay(a, b, OverlayNG.INTERSECTION);
    }

    static Geometry difference(Geometry a, Geometry b) {
        return b == null || b.isEmpty() ? a : overlay(a, b, OverlayNG.DIFFERENCE);
    }

    /** Snap-rounded to the grid; strict, so polygons that merely touch give no stray lines or points. */
    private static Geometry overlay(Geometry a, Geometry b, int op) {
        OverlayNG overlay = new OverlayNG(a, b, GRID, op);
        overlay.setStrictMode(true);
        return overlay.getResult();
    }

    static Geometry union(List<Geometry> parts) {
        return UnaryUnionOp.union(parts, new GeometryFactory(GRID));
    }

    /**
     * An irregular round shape: radius {@code scale·(1 + Σ a_k cos(kθ + φ_k))}, k = 2…4, with
     * amplitudes and phases drawn from {@code random}; its area grows with the square of the scale.
     */
    static final class Blob {
        private final Coordinate centre;
        private final double stretch;
        private final double[] amplitude = new double[3];
        private final double[] phase = new double[3];

        Blob(Coordinate centreMetres, double stretch, Random random) {
            this.centre = centreMetres;
            this.stretch = stretch;
            for (int k = 0; k < 3; k++) {
                amplitude[k] = 0.04 + 0.08 * random.nextDouble();
                phase[k] = 2 * Math.PI * random.nextDouble();
            }
        }

        Polygon at(double scale, GeometryFactory f) {
            int n = 72;
            Coordinate[] ring = new Coordinate[n + 1];
            for (int i = 0; i < n; i++) {
                double t = 2 * Math.PI * i / n;
                double r = 1;
                for (int k = 0; k < 3; k++) {
                    r += amplitude[k] * Math.cos((k + 2) * t + phase[k]);
                }
                ring[i] = new Coordinate(centre.x + scale * r * stretch * Math.cos(t), centre.y + scale * r * Math.sin(t));
            }
            ring[n] = ring[0].copy();
            return f.createPolygon(ring);
        }
    }

    /** {@code n} points spread uniformly over an ellipse (semi-axes in metres) around a centre. */
    static List<Coordinate> scatter(Coordinate centre, double semiX, double semiY, int n, Random random) {
        List<Coordinate> points = new ArrayList<>();
        while (points.size() < n) {
            double u = 2 * random.nextDouble() - 1;
            double v = 2 * random.nextDouble() - 1;
            if (u * u + v * v <= 1) {
                points.add(new Coordinate(centre.x + u * semiX, centre.y + v * semiY));
            }
        }
        return points;
    }

    /** The union of discs of one radius around the points, in metres. */
    Geometry discs(List<Coordinate> points, double radius) {
        return metres.createMultiPointFromCoords(points.toArray(new Coordinate[0])).buffer(radius, 6);
    }
}
