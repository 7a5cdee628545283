package org.plantrace.web.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The matrix's GET addresses and the coordinates "what applies here" accepts. */
class TraceFiltersTest {
    @Test
    void aFilterLinkChangesOneParameterAndKeepsTheOthers() {
        TraceFilters f = TraceFilters.of("chp_3", "耕地保护", "true", null);
        assertTrue(f.any());
        assertEquals("?township=%E7%8E%8B%E5%BA%84%E5%A0%A1%E9%95%87&chapter=chp_3&category=%E8%80%95%E5%9C%B0%E4%BF%9D%E6%8A%A4"
                + "&mandatory=true&verdict=met", f.query("王庄堡镇", "verdict", "met"));
        // an empty value drops the parameter: the link to 全部
        assertEquals("?category=%E8%80%95%E5%9C%B0%E4%BF%9D%E6%8A%A4&mandatory=true", f.query(null, "chapter", ""));
        assertEquals("", TraceFilters.NONE.query(null, null, null));
        assertFalse(TraceFilters.of(" ", "", "false", "").any());
    }

    @Test
    void onlyTheStatusCodesAreVerdicts() {
        for (String code : new String[] {"met", "violated", "partial", "missing", "unclear", "no-plan"}) {
            assertTrue(TraceFilters.isVerdict(code), code);
        }
        assertFalse(TraceFilters.isVerdict("符合"));
        assertFalse(TraceFilters.isVerdict("<script>"));
    }

    @Test
    void coordinatesAreFiniteDecimalDegreesInRange() {
        assertEquals(113.8638, Coordinates.degrees(" 113.8638 ", 180));
        assertEquals(-33.5, Coordinates.degrees("-33.5", 90));
        assertNull(Coordinates.degrees("181", 180));
        assertNull(Coordinates.degrees("NaN", 90));
        assertNull(Coordinates.degrees("Infinity", 180));
        assertNull(Coordinates.degrees("39°24'", 90));
        assertNull(Coordinates.degrees("", 90));
        assertNull(Coordinates.degrees(null, 90));
    }

    @Test
    void aRowSitsInTheChapterOfItsPath() {
        assertEquals("chp_3", MatrixView.chapterOf("chp_3__sec_1__art_2"));
        assertEquals("chp_12", MatrixView.chapterOf("chp_12"));
        assertEquals("", MatrixView.chapterOf("art_1"));
    }
}
