package org.plantrace.spatial.crs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CoordinateSystemTest {
    @Test
    void parsesTheWaysFilesNameACode() {
        assertEquals(Optional.of(new CoordinateSystem(4526)), CoordinateSystem.parse("urn:ogc:def:crs:EPSG::4526"));
        assertEquals(Optional.of(new CoordinateSystem(4490)), CoordinateSystem.parse("EPSG:4490"));
        assertEquals(Optional.of(new CoordinateSystem(4547)), CoordinateSystem.parse("urn:ogc:def:crs:EPSG:6.6:4547"));
        assertEquals(Optional.of(new CoordinateSystem(4526)), CoordinateSystem.parse("4526"));
        assertEquals(Optional.of(CoordinateSystem.WGS84), CoordinateSystem.parse("urn:ogc:def:crs:OGC:1.3:CRS84"));
        assertEquals(Optional.empty(), CoordinateSystem.parse("EPSG:3857"));
        assertEquals(Optional.empty(), CoordinateSystem.parse("nonsense"));
    }

    @Test
    void knowsTheZonesOfHunyuan() {
        CoordinateSystem zone38 = new CoordinateSystem(4526);
        assertEquals(114, zone38.centralMeridian());
        assertEquals(38, zone38.zonePrefix());
        CoordinateSystem cm114 = new CoordinateSystem(4547);
        assertEquals(114, cm114.centralMeridian());
        assertEquals(0, cm114.zonePrefix());
    }

    @Test
    void refusesUnsupportedCodes() {
        assertThrows(IllegalArgumentException.class, () -> new CoordinateSystem(3857));
    }

    @Test
    void saysWhenCoordinatesCannotBelongToTheSystem() {
        assertTrue(CoordinateSystem.CGCS2000.outOfRange(200, 39).isPresent());
        assertTrue(CoordinateSystem.CGCS2000.outOfRange(38_474_000, 4_395_000).get().contains("crs"),
                "projected numbers in a lon/lat file get a hint");
        assertTrue(new CoordinateSystem(4526).outOfRange(474_000, 4_395_000).get().contains("38"),
                "a zone-38 easting without its prefix");
        assertEquals(Optional.empty(), new CoordinateSystem(4526).outOfRange(38_474_000, 4_395_000));
        assertTrue(CoordinateSystem.CGCS2000.outOfRange(39.7, 113.7).get().contains("swapped"), "latitude first");
    }
}
