package org.plantrace.ingest;

/**
 * One finding of the parse report: where ("第 184 行", "第 12 段", "第 3 页") and what, in words a
 * drafter can act on.
 */
public record ParseWarning(String location, String message) {
}
