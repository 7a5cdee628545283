package org.plantrace.web.compare;

/** One figure of the summary: how many clauses have a kind of change. */
public record KindCount(String key, String label, int count) {
}
