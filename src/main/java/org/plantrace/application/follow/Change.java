package org.plantrace.application.follow;

/** One entry of the change log: version {@code version} of {@code plan} changed, written by {@code node}. */
public record Change(long id, String plan, int version, String node) {
}
