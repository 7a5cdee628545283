package org.plantrace.search;

import java.util.List;

/**
 * One clause found.
 *
 * @param id        {@code plan/version/eId}: where the clause page is
 * @param path      the ancestors' headings, outermost first (not the clause's own heading)
 * @param snippet   HTML-escaped text with the matches in {@code <em>}; the text's start if nothing matched there
 * @param score     relevance; 0 when sorted by document order
 */
public record SearchHit(String id, String uid, String eId, String plan, int version, String status,
        String kind, String heading, List<String> path, String snippet, float score, boolean mandatory) {
    public SearchHit {
        path = List.copyOf(path);
    }
}
