package org.plantrace.ingest.identity;

/**
 * What durable-id assignment did.
 *
 * @param kept    clauses whose text is unchanged and kept their id (wherever they moved)
 * @param edited  lightly edited clauses that kept their id
 * @param fresh   clauses that got a new id
 * @param dropped ids of the previous version that no clause carries any more
 */
public record IdReport(int kept, int edited, int fresh, int dropped) {
}
