package org.plantrace.search;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plantrace.domain.message.Message;

/**
 * The answer to a search: the total number of hits, one page of them and the facet counts over
 * all hits. A query that cannot be understood is not an error: it comes back with no hits and a
 * message saying what to change ({@code message} in Chinese, {@code reason} for the reader's language). {@code related} are the places, control lines and
 * indicators whose names match the query, each with the number of visible clauses linked to it.
 * {@code close} counts the close matches (issue #14.4): ranked first, the rest being loose matches
 * that merely share a character pair with the query; {@code hiddenLoose} the loose matches a request
 * without them left out (shown behind “更多相关结果”).
 */
public record SearchResult(long total, List<SearchHit> hits, Map<String, List<FacetValue>> facets, String message,
        List<Related> related, long close, long hiddenLoose, Message reason) {
    public SearchResult {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
        related = related == null ? List.of() : List.copyOf(related);
        reason = reason != null || message == null ? reason : Message.of("common.verbatim", message);
    }

    public SearchResult(long total, List<SearchHit> hits, Map<String, List<FacetValue>> facets, String message,
            List<Related> related, long close, long hiddenLoose) {
        this(total, hits, facets, message, related, close, hiddenLoose, null);
    }

    /** A result that does not tell close from loose matches. */
    public SearchResult(long total, List<SearchHit> hits, Map<String, List<FacetValue>> facets, String message,
            List<Related> related) {
        this(total, hits, facets, message, related, total, 0);
    }

    /** A result without related places and indicators. */
    public SearchResult(long total, List<SearchHit> hits, Map<String, List<FacetValue>> facets, String message) {
        this(total, hits, facets, message, List.of());
    }

    public static SearchResult rejected(String message) {
        return new SearchResult(0, List.of(), Map.of(), message);
    }

    /** A query not run, and why, for the reader's language; {@link #message()} is its Chinese. */
    public static SearchResult rejected(Message reason) {
        return new SearchResult(0, List.of(), Map.of(), reason.chinese(), List.of(), 0, 0, reason);
    }

    /** Why the query was not run, if it was not. */
    public Optional<String> problem() {
        return Optional.ofNullable(message);
    }

    public boolean accepted() {
        return message == null;
    }
}
