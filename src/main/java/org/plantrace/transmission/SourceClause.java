package org.plantrace.transmission;

/**
 * A county clause an item comes from: its path id, durable id and heading, and a fingerprint of
 * its text, so that a later regeneration can tell whether the source changed (a suspect link).
 */
public record SourceClause(String id, String uid, String heading, String fingerprint) {
}
