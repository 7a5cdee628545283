package org.plantrace.spatial.illustrative;

import java.util.List;
import java.util.Random;
import java.util.function.DoubleFunction;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.plantrace.spatial.Area;

/**
 * Sizes a shape to an area the plan states: one parameter (a blob's scale, a disc radius) is found
 * by {@link Bisection}, measuring the shape exactly as it will be written — on the grid, clipped to
 * where it must lie and clear of what it must avoid.
 */
final class Calibrator {
    private final Canvas canvas;
    private final long seed;

    Calibrator(Canvas canvas, long seed) {
        this.canvas = canvas;
        this.seed = seed;
    }

    /** A blob at a place, its irregularity drawn from the seed plus {@code salt} (one salt per shape). */
    Canvas.Blob blob(TownshipSeats.Seat at, double stretch, int salt) {
        return new Canvas.Blob(canvas.metres(at.lon(), at.lat()), stretch, new Random(seed + salt));
    }

    /** The blob, scaled so that its part inside {@code within} has the target area. */
    Geometry scaled(Canvas.Blob blob, Geometry within, Area target) {
        double scale = Bisection.solve(s -> canvas.area(clip(blob, s, within)), target.squareMetres(), 500);
        return clip(blob, scale, within);
    }

    private Geometry clip(Canvas.Blob blob, double scale, Geometry within) {
        return Canvas.intersection(canvas.toGrid(blob.at(scale, canvas.metres)), within);
    }

    /** Discs around the points, inside {@code within} and clear of {@code avoid} (may be null), radius calibrated. */
    Geometry discs(List<Coordinate> points, Geometry within, Geometry avoid, Area target, double guess) {
        DoubleFunction<Geometry> shape = r -> Canvas.difference(
                Canvas.intersection(canvas.toGrid(canvas.discs(points, r)), within), avoid);
        double radius = Bisection.solve(r -> canvas.area(shape.apply(r)), target.squareMetres(), guess);
        return shape.apply(radius);
    }
}
