package org.plantrace.spatial;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AreaTest {
    @Test
    void convertsBetweenThePlansUnits() {
        Area a = Area.ofKm2(1);
        assertEquals(100, a.hectares(), 1e-9);
        assertEquals(1500, a.mu(), 1e-9, "1 公顷 = 15 亩");
        assertEquals(666.67, Area.ofMu(1).squareMetres(), 0.005);
    }

    @Test
    void readsThePlansFarmlandFigureInSquareKilometres() {
        assertEquals(421.667, Area.ofMu(632_500).km2(), 0.001, "63.25万亩");
        assertEquals(489.267, Area.ofMu(733_900).km2(), 0.001, "73.39万亩");
    }
}
