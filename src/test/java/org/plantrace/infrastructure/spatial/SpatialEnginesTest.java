package org.plantrace.infrastructure.spatial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.plantrace.spatial.Feature;
import org.plantrace.spatial.Layer;
import org.plantrace.spatial.LayerKind;
import org.plantrace.spatial.LayerSet;
import org.plantrace.spatial.engine.LoadedLayers;
import org.plantrace.spatial.engine.SpatialEngine;
import org.plantrace.spatial.index.FeatureIndex;
import org.plantrace.spatial.io.LayerFolder;
import org.plantrace.spatial.overlay.LayerShare;
import org.plantrace.spatial.overlay.OverlayResult;
import org.plantrace.spatial.overlay.TownshipOverlay;
import org.plantrace.spatial.overlay.TownshipRow;
import org.plantrace.spatial.overlay.ZoneAreas;

/**
 * The engine each store is given ({@link SpatialEngines#of}: JTS on H2, PostGIS on PostgreSQL with
 * the extension) answers as the in-memory reference does, on the Hunyuan layers plus 400 square
 * parcels and a second red-line file (two layers of one label): point queries exactly, 300 random
 * points; the township overlay with the same townships and layer keys in the same order, every area
 * within {@value PostgisOverlay#TOLERANCE_KM2} km² and every share within 1e-6; the detailed-plan
 * units' areas in the central city's layers and the parcels, per layer and per feature, likewise. A key holding a tab
 * and a backslash loads and is found (COPY's escaping); two keys never mix; loading again replaces.
 */
class SpatialEnginesTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @EnumSource(SpatialStore.class)
    void theStoresEngineAnswersAsTheInMemoryReference(SpatialStore store) throws Exception {
        LayerSet layers = withParcelsAndASecondRedLine(LayerFolder.read(Path.of("corpus/hunyuan/layers")));
        try (SpatialStore.Opened opened = store.open(tmp)) {
            EntityManagerFactory f = opened.factory();
            try {
                SpatialEngine engine = SpatialEngines.of(f);
                assertEquals(store.engine, engine.name());
                String key = "overlay:C:\\layers\twith tab";
                LoadedLayers loaded = engine.load(key, layers);
                LoadedLayers other = engine.load("another plan", LayerFolder.read(Path.of("corpus/hunyuan/layers")));

                FeatureIndex reference = new FeatureIndex(layers);
                assertEquals(reference.size(), loaded.size());
                Envelope e = layers.envelope();
                Random random = new Random(16_3);
                int parcelsHit = 0;
                for (int i = 0; i < 300; i++) {
                    double lon = e.getMinX() + random.nextDouble() * e.getWidth();
                    double lat = e.getMinY() + random.nextDouble() * e.getHeight();
                    List<String> want = names(reference.containing(lon, lat));
                    assertEquals(want, names(loaded.containing(lon, lat)), "at " + lon + "," + lat);
                    parcelsHit += want.stream().anyMatch(n -> n.startsWith("parcels/")) ? 1 : 0;
                    assertTrue(names(other.containing(lon, lat)).stream().noneMatch(n -> n.startsWith("parcels/")),
                            "the other key's rows hold no parcels");
                }
                assertTrue(parcelsHit > 250, "the parcels tile the envelope: " + parcelsHit);

                assertAgree(TownshipOverlay.compute(layers), loaded.townshipOverlay());
                Layer units = layers.get(LayerKind.DETAILED_PLAN_UNIT).orElseThrow();
                List<Layer> unitLayers = layers.layers().stream().filter(l -> List.of(LayerKind.CENTRAL_CITY,
                        LayerKind.HISTORIC_CITY, LayerKind.HISTORIC_DISTRICT, LayerKind.OTHER).contains(l.kind())).toList();
                assertAgree(ZoneAreas.inMemory(layers, units, unitLayers), loaded.zoneAreas(units, unitLayers));
                LoadedLayers again = engine.load(key, layers);
                assertAgree(TownshipOverlay.compute(layers), again.townshipOverlay());
                assertEquals(names(reference.containing(e.centre().x, e.centre().y)),
                        names(again.containing(e.centre().x, e.centre().y)), "loading again replaces, never duplicates");
            } finally {
                f.close();
            }
        }
    }

    /** Every unit × layer figure, the union and each feature's, within the tolerance (m² compared as km²). */
    static void assertAgree(ZoneAreas want, ZoneAreas got) {
        int nonZero = 0;
        for (int z = 0; z < want.layer().length; z++) {
            for (int k = 0; k < want.layer()[z].length; k++) {
                assertEquals(want.layer()[z][k] / 1e6, got.layer()[z][k] / 1e6, PostgisOverlay.TOLERANCE_KM2, z + "/" + k);
                nonZero += want.layer()[z][k] > 0 ? 1 : 0;
                for (int i = 0; i < want.feature()[z][k].length; i++) {
                    assertEquals(want.feature()[z][k][i] / 1e6, got.feature()[z][k][i] / 1e6, PostgisOverlay.TOLERANCE_KM2,
                            z + "/" + k + "/" + i);
                }
            }
        }
        assertTrue(nonZero > 10, "units meet the central city's layers and the parcels: " + nonZero);
    }

    static void assertAgree(OverlayResult want, OverlayResult got) {
        assertEquals(want.illustrative(), got.illustrative());
        assertEquals(want.townships().stream().map(TownshipRow::name).toList(),
                got.townships().stream().map(TownshipRow::name).toList());
        int nonZero = 0;
        for (int t = 0; t < want.townships().size(); t++) {
            TownshipRow a = want.townships().get(t);
            TownshipRow b = got.townships().get(t);
            assertEquals(a.areaKm2(), b.areaKm2(), PostgisOverlay.TOLERANCE_KM2, a.name());
            assertEquals(new ArrayList<>(a.layers().keySet()), new ArrayList<>(b.layers().keySet()), a.name());
            for (Map.Entry<String, LayerShare> l : a.layers().entrySet()) {
                LayerShare x = l.getValue();
                LayerShare y = b.layers().get(l.getKey());
                assertEquals(x.areaKm2(), y.areaKm2(), PostgisOverlay.TOLERANCE_KM2, a.name() + " / " + l.getKey());
                assertEquals(x.share(), y.share(), 1e-6, a.name() + " / " + l.getKey());
                nonZero += x.areaKm2() > 0 ? 1 : 0;
            }
        }
        assertTrue(nonZero > 50, "most layers reach most townships: " + nonZero);
    }

    /** Hunyuan's layers, 20 × 20 parcels over their envelope, and the red line again under another file name. */
    static LayerSet withParcelsAndASecondRedLine(LayerSet set) {
        Envelope e = set.envelope();
        GeometryFactory g = new GeometryFactory();
        List<Feature> cells = new ArrayList<>();
        int side = 20;
        for (int i = 0; i < side; i++) {
            for (int j = 0; j < side; j++) {
                cells.add(new Feature("p" + i + "-" + j, g.toGeometry(new Envelope(
                        e.getMinX() + i * e.getWidth() / side, e.getMinX() + (i + 1) * e.getWidth() / side,
                        e.getMinY() + j * e.getHeight() / side, e.getMinY() + (j + 1) * e.getHeight() / side)), Map.of()));
            }
        }
        List<Layer> all = new ArrayList<>(set.layers());
        Layer red = set.get(LayerKind.ECOLOGICAL_RED_LINE).orElseThrow();
        all.add(new Layer(red.kind(), "red-line-2", red.features(), red.source(), red.illustrative()));
        all.add(new Layer(LayerKind.OTHER, "parcels", cells, "synthetic", true));
        return new LayerSet(all);
    }

    private static List<String> names(List<FeatureIndex.Hit> hits) {
        return hits.stream().map(h -> h.layer().name() + "/" + h.feature().name()).toList();
    }
}
