package org.plantrace.ingest.pdf;

/**
 * A thin vertical drawing in page space with the origin at the top left, {@code y1} above
 * {@code y2}: with the horizontal {@link Rule}s, the ruling of a table's columns.
 */
record VerticalRule(float x, float y1, float y2) {
}
