package org.plantrace.search;

/** One value of a facet with the number of hits that have it. */
public record FacetValue(String value, int count) {
}
