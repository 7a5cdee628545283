package org.plantrace.spatial.illustrative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class BisectionTest {
    @Test
    void findsTheRadiusOfADiscOfAGivenArea() {
        double r = Bisection.solve(x -> Math.PI * x * x, 31.59e6, 100);
        assertEquals(Math.sqrt(31.59e6 / Math.PI), r, r * Bisection.RELATIVE_TOLERANCE);
    }

    @Test
    void failsWhenTheAreaCanNeverBeReached() {
        assertThrows(IllegalStateException.class, () -> Bisection.solve(x -> Math.min(x, 10), 100, 1));
    }
}
