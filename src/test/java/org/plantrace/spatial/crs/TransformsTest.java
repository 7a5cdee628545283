package org.plantrace.spatial.crs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

class TransformsTest {
    private final GeometryFactory f = new GeometryFactory();

    @Test
    void theCentralMeridianAtTheEquatorIsTheFalseEasting() {
        Geometry p = Transforms.fromGeographic(f.createPoint(new Coordinate(114, 0)), new CoordinateSystem(4526));
        assertEquals(38_500_000, p.getCoordinate().x, 1e-6);
        assertEquals(0, p.getCoordinate().y, 1e-6);
    }

    @Test
    void theCountySeatGoesToZone38AndBack() {
        CoordinateSystem zone38 = new CoordinateSystem(4526);
        Geometry seat = f.createPoint(new Coordinate(113.698091, 39.699099));
        Geometry gk = Transforms.fromGeographic(seat, zone38);
        // by hand from the series: x = N·cosφ·Δλ = -25 894 m; y = meridian arc 4 396 108 m + (N/2)·sinφ·cosφ·Δλ² = 44 m
        assertEquals(38_474_106, gk.getCoordinate().x, 30);
        assertEquals(4_396_152, gk.getCoordinate().y, 30);
        Geometry back = Transforms.toGeographic(gk, zone38);
        assertEquals(113.698091, back.getCoordinate().x, 1e-9);
        assertEquals(39.699099, back.getCoordinate().y, 1e-9);
    }
}
