package org.plantrace.spatial.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plantrace.spatial.LayerKind;
import org.plantrace.spatial.LayerSet;
import org.plantrace.spatial.io.LayerFolder;

class FeatureIndexTest {
    private static FeatureIndex index;

    @BeforeAll
    static void load() throws Exception {
        index = new FeatureIndex(LayerFolder.read(Path.of("corpus/hunyuan/layers")));
    }

    private static List<String> names(List<FeatureIndex.Hit> hits, LayerKind kind) {
        return hits.stream().filter(h -> h.layer().kind() == kind).map(h -> h.feature().name()).toList();
    }

    @Test
    void theOldTownLiesInYonganTheCentralCityAndTheHistoricDistrict() {
        List<FeatureIndex.Hit> hits = index.containing(113.700, 39.697);
        assertEquals(List.of("永安镇"), names(hits, LayerKind.TOWNSHIP));
        assertEquals(List.of("中心城区"), names(hits, LayerKind.CENTRAL_CITY));
        assertEquals(List.of("中心城区城镇开发边界"), names(hits, LayerKind.URBAN_DEVELOPMENT_BOUNDARY));
        assertEquals(1, names(hits, LayerKind.DETAILED_PLAN_UNIT).size());
        assertEquals(List.of("浑源古城历史城区"), names(hits, LayerKind.HISTORIC_CITY));
        assertEquals(1, names(hits, LayerKind.HISTORIC_DISTRICT).size());
    }

    @Test
    void theSeatOfWangzhuangbuLiesInItsTownship() {
        assertEquals(List.of("王庄堡镇"), names(index.containing(113.86, 39.44), LayerKind.TOWNSHIP));
    }

    @Test
    void aPointOutsideTheCountyHitsNothing() {
        assertTrue(index.containing(113.0, 39.0).isEmpty());
    }

    @Test
    void indexesEveryFeature() throws Exception {
        LayerSet set = LayerFolder.read(Path.of("corpus/hunyuan/layers"));
        int features = set.layers().stream().mapToInt(l -> l.features().size()).sum();
        assertEquals(features, index.size());
    }
}
