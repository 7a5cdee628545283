package org.plantrace.ingest.pdf;

/**
 * A thin horizontal drawing (a stroked line or a thin filled rectangle) in page space with the
 * origin at the top left: the shape an underline takes in a PDF.
 */
record Rule(float x1, float x2, float y) {
}
