package org.plantrace.spatial.crs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.plantrace.spatial.io.GeoJsonLayerReader;

class EqualAreaTest {
    private static final Path OUTLINE = Path.of("corpus/hunyuan/layers/county.geojson");

    @Test
    void theCountyMeasuresAbout1936SquareKilometres() throws Exception {
        Geometry county = new GeoJsonLayerReader().read(OUTLINE).features().get(0).geometry();
        assertEquals(1936.6, EqualArea.areaOf(county).km2(), 0.1);
    }

    @Test
    void theAreaDoesNotDependOnTheCentre() throws Exception {
        Geometry county = new GeoJsonLayerReader().read(OUTLINE).features().get(0).geometry();
        double near = EqualArea.centredOn(113.68, 39.62).project(county).getArea();
        double far = EqualArea.centredOn(110, 35).project(county).getArea();
        assertEquals(1, far / near, 1e-6);
    }

    @Test
    void agreesWithTheGaussKrugerZoneWithinItsScaleError() throws Exception {
        Geometry county = new GeoJsonLayerReader().read(OUTLINE).features().get(0).geometry();
        double gk = Transforms.fromGeographic(county, new CoordinateSystem(4547)).getArea();
        // Gauss-Krüger is conformal: 0.3° from the meridian its scale is 1 + 2e-5, so areas gain ~4e-5
        assertEquals(1, gk / EqualArea.areaOf(county).squareMetres(), 2e-4);
    }
}
