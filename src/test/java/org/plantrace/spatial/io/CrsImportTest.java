package org.plantrace.spatial.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.plantrace.spatial.Feature;
import org.plantrace.spatial.crs.CoordinateSystem;
import org.plantrace.spatial.crs.EqualArea;

/**
 * The same township twice: in longitude/latitude, and in Gauss-Krüger zone 38 (EPSG:4526, declared
 * in the file's "crs" member). Imported, both are longitude/latitude of the same area.
 */
class CrsImportTest {
    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(CrsImportTest.class.getResource(name).toURI());
    }

    @Test
    void aGaussKrugerFileHasTheAreaOfItsLonLatTwin() throws Exception {
        Feature lonLat = new GeoJsonLayerReader().read(fixture("yongan-lonlat.geojson")).features().get(0);
        Feature gk = new GeoJsonLayerReader().read(fixture("yongan-4526.geojson")).features().get(0);
        double a = EqualArea.areaOf(lonLat.geometry()).squareMetres();
        double b = EqualArea.areaOf(gk.geometry()).squareMetres();
        assertEquals(1, b / a, 0.001);
        assertEquals(113.709989, gk.geometry().getCoordinates()[0].x, 1e-7, "imported into longitude/latitude");
    }

    @Test
    void aCodeGivenByTheCallerOverridesTheFile() throws Exception {
        Feature gk = new GeoJsonLayerReader().read(fixture("yongan-4526.geojson"), new CoordinateSystem(4526))
                .features().get(0);
        assertEquals(39.760055, gk.geometry().getCoordinates()[0].y, 1e-7);
    }
}
