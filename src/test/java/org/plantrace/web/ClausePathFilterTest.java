package org.plantrace.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ClausePathFilterTest {
    @Test
    void takesOneSegment() {
        assertEquals("K7f3a", ClausePathFilter.uidFrom("/K7f3a"));
        assertEquals("K7f3a", ClausePathFilter.uidFrom("/K7f3a/"));
    }

    @Test
    void refusesEmptyAndNestedPaths() {
        assertNull(ClausePathFilter.uidFrom(null));
        assertNull(ClausePathFilter.uidFrom(""));
        assertNull(ClausePathFilter.uidFrom("/"));
        assertNull(ClausePathFilter.uidFrom("/a/b"));
    }
}
