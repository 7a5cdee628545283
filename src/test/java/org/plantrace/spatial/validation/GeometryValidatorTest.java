package org.plantrace.spatial.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.plantrace.spatial.Feature;
import org.plantrace.spatial.Layer;
import org.plantrace.spatial.LayerKind;
import org.plantrace.spatial.LayerSet;

/**
 * A fixture per rule, in a 0.1° × 0.1° county near Hunyuan (about 8.6 km × 11.1 km): each breaks
 * exactly one rule, and a clean set breaks none.
 */
class GeometryValidatorTest {
    private static final String COUNTY = "POLYGON ((113.6 39.6, 113.7 39.6, 113.7 39.7, 113.6 39.7, 113.6 39.6))";
    private static final String WEST = "POLYGON ((113.6 39.6, 113.65 39.6, 113.65 39.7, 113.6 39.7, 113.6 39.6))";
    private static final String EAST = "POLYGON ((113.65 39.6, 113.7 39.6, 113.7 39.7, 113.65 39.7, 113.65 39.6))";

    private static Layer layer(LayerKind kind, String... wkt) throws ParseException {
        List<Feature> fs = new ArrayList<>();
        for (int i = 0; i < wkt.length; i++) {
            fs.add(new Feature("f" + (i + 1), new WKTReader().read(wkt[i]), Map.of()));
        }
        return new Layer(kind, kind.id(), fs, "test", false);
    }

    private static GeometryReport validate(Layer... extra) throws ParseException {
        List<Layer> layers = new ArrayList<>(List.of(layer(LayerKind.COUNTY, COUNTY), layer(LayerKind.TOWNSHIP, WEST, EAST)));
        layers.addAll(List.of(extra));
        return new GeometryValidator().validate(new LayerSet(layers));
    }

    @Test
    void aCleanSetPasses() throws Exception {
        GeometryReport r = validate(layer(LayerKind.ECOLOGICAL_RED_LINE, WEST), layer(LayerKind.CULTIVATED_LAND, EAST),
                layer(LayerKind.PERMANENT_BASIC_FARMLAND, EAST));
        assertTrue(r.passes(), r.text());
        assertTrue(r.findings().isEmpty(), r.text());
    }

    @Test
    void sp001ReportsASelfIntersectionWithItsPlace() throws Exception {
        GeometryReport r = validate(layer(LayerKind.ECOLOGICAL_RED_LINE,
                "POLYGON ((113.61 39.61, 113.69 39.69, 113.69 39.61, 113.61 39.69, 113.61 39.61))"));
        GeometryFinding f = r.of(GeometryRule.SP001).get(0);
        assertTrue(f.message().contains("Self-intersection"), f.message());
        assertEquals(113.65, f.lonLat()[0], 1e-9);
        assertFalse(r.passes());
    }

    @Test
    void sp002ReportsAnEmptyGeometry() throws Exception {
        assertEquals(1, validate(layer(LayerKind.ECOLOGICAL_RED_LINE, "POLYGON EMPTY")).of(GeometryRule.SP002).size());
    }

    @Test
    void sp003ReportsWhatLiesOutsideTheCounty() throws Exception {
        GeometryReport r = validate(layer(LayerKind.ECOLOGICAL_RED_LINE,
                "POLYGON ((113.69 39.65, 113.71 39.65, 113.71 39.66, 113.69 39.66, 113.69 39.65))"));
        GeometryFinding f = r.of(GeometryRule.SP003).get(0);
        // 0.01° × 0.01° outside: about 856 m × 1111 m
        assertEquals(0.01 * 85_800 * 0.01 * 111_050, f.areaM2(), 0.01 * f.areaM2());
        assertTrue(f.lonLat()[0] > 113.7, "the place is in the part outside");
    }

    @Test
    void sp004ReportsOverlappingTownships() throws Exception {
        GeometryReport r = new GeometryValidator().validate(new LayerSet(List.of(layer(LayerKind.COUNTY, COUNTY),
                layer(LayerKind.TOWNSHIP, WEST, "POLYGON ((113.64 39.6, 113.7 39.6, 113.7 39.7, 113.64 39.7, 113.64 39.6))"))));
        GeometryFinding f = r.of(GeometryRule.SP004).get(0);
        assertTrue(f.message().contains("f2"), f.message());
    }

    @Test
    void sp004AllowsOverlapsInLayersWithoutRules() throws Exception {
        assertTrue(validate(layer(LayerKind.OTHER, WEST, COUNTY)).of(GeometryRule.SP004).isEmpty());
    }

    @Test
    void sp005ReportsAGapBetweenTownships() throws Exception {
        GeometryReport r = new GeometryValidator().validate(new LayerSet(List.of(layer(LayerKind.COUNTY, COUNTY),
                layer(LayerKind.TOWNSHIP, WEST, "POLYGON ((113.66 39.6, 113.7 39.6, 113.7 39.7, 113.66 39.7, 113.66 39.6))"))));
        GeometryFinding f = r.of(GeometryRule.SP005).get(0);
        assertEquals(0.01 * 85_800 * 0.1 * 111_050, f.areaM2(), 0.01 * f.areaM2());
    }

    @Test
    void sp005IgnoresSliversBelowTheTolerance() throws Exception {
        // a 1e-6° strip: about 0.086 m × 11 km = 950 m², above 100 m² but below a 0.1 公顷 tolerance
        String almostEast = "POLYGON ((113.650001 39.6, 113.7 39.6, 113.7 39.7, 113.650001 39.7, 113.650001 39.6))";
        LayerSet set = new LayerSet(List.of(layer(LayerKind.COUNTY, COUNTY), layer(LayerKind.TOWNSHIP, WEST, almostEast)));
        assertEquals(1, new GeometryValidator().validate(set).of(GeometryRule.SP005).size());
        assertTrue(new GeometryValidator(1000).validate(set).passes());
    }

    @Test
    void sp006ReportsTheRedLineOverlappingFarmland() throws Exception {
        GeometryReport r = validate(layer(LayerKind.ECOLOGICAL_RED_LINE, WEST), layer(LayerKind.CULTIVATED_LAND, COUNTY),
                layer(LayerKind.PERMANENT_BASIC_FARMLAND, COUNTY));
        GeometryFinding f = r.of(GeometryRule.SP006).get(0);
        assertEquals("生态保护红线", f.layer());
        assertTrue(f.message().contains("永久基本农田"), f.message());
    }

    @Test
    void sp007ReportsFarmlandOutsideCultivatedLand() throws Exception {
        GeometryReport r = validate(layer(LayerKind.CULTIVATED_LAND, EAST), layer(LayerKind.PERMANENT_BASIC_FARMLAND, COUNTY));
        assertEquals(1, r.of(GeometryRule.SP007).size());
    }

    @Test
    void sp008SaysWhatCouldNotBeCheckedInsteadOfPassingSilently() throws Exception {
        GeometryReport r = new GeometryValidator().validate(new LayerSet(List.of(layer(LayerKind.PERMANENT_BASIC_FARMLAND, EAST))));
        List<GeometryFinding> notChecked = r.of(GeometryRule.SP008);
        assertEquals(2, notChecked.size(), r.text());
        assertTrue(r.text().contains("SP003") && r.text().contains("SP007"), r.text());
        assertTrue(r.passes(), "missing data is information, not an error");
    }
}
