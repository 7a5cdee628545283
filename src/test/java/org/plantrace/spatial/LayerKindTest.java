package org.plantrace.spatial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LayerKindTest {
    @Test
    void findsAKindByFileStemOrByThePlansWord() {
        assertEquals(Optional.of(LayerKind.ECOLOGICAL_RED_LINE), LayerKind.find("ecological-red-line"));
        assertEquals(Optional.of(LayerKind.ECOLOGICAL_RED_LINE), LayerKind.find("生态保护红线"));
        assertEquals(Optional.empty(), LayerKind.find("roads"));
    }

    @Test
    void theThreeControlLinesExcludeEachOtherButNotThemselves() {
        assertTrue(LayerKind.ECOLOGICAL_RED_LINE.excludes(LayerKind.PERMANENT_BASIC_FARMLAND));
        assertTrue(LayerKind.URBAN_DEVELOPMENT_BOUNDARY.excludes(LayerKind.ECOLOGICAL_RED_LINE));
        assertFalse(LayerKind.ECOLOGICAL_RED_LINE.excludes(LayerKind.ECOLOGICAL_RED_LINE));
        assertFalse(LayerKind.CULTIVATED_LAND.excludes(LayerKind.PERMANENT_BASIC_FARMLAND));
    }
}
