package org.plantrace.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A search: free text with optional "quoted phrases" (blank: every visible clause), filters (key to
 * accepted values; values of one key are alternatives, keys all apply), one page of hits, an order.
 * Filter keys: {@code plan, version, status, chapter, kind, mandatory}, and from the link store
 * {@code township} (canonical name), {@code control_line}, {@code has_indicator} ({@code true}/{@code false})
 * and {@code indicator} (an indicator's name).
 */
public record SearchRequest(String query, Map<String, List<String>> filters, int page, int pageSize, SortOrder sort,
        boolean loose) {
    public static final int DEFAULT_PAGE_SIZE = 10;
    public static final int MAX_PAGE_SIZE = 200;

    public SearchRequest {
        query = query == null ? "" : query;
        Map<String, List<String>> copy = new LinkedHashMap<>();
        (filters == null ? Map.<String, List<String>>of() : filters).forEach((k, v) -> copy.put(k, List.copyOf(v)));
        filters = Map.copyOf(copy);
        page = Math.max(0, page);
        pageSize = pageSize <= 0 ? DEFAULT_PAGE_SIZE : Math.min(pageSize, MAX_PAGE_SIZE);
        sort = sort == null ? SortOrder.RELEVANCE : sort;
    }

    /** With the loose matches (every clause sharing a character pair with the query), ranked after the close ones. */
    public SearchRequest(String query, Map<String, List<String>> filters, int page, int pageSize, SortOrder sort) {
        this(query, filters, page, pageSize, sort, true);
    }

    /**
     * {@code false}: only the close matches (issue #14.4) — the clauses that speak of the words, a
     * planning term of them or its synonym — while there are any; the result counts the others.
     */
    public SearchRequest withLoose(boolean include) {
        return new SearchRequest(query, filters, page, pageSize, sort, include);
    }

    public static SearchRequest of(String query) {
        return new SearchRequest(query, Map.of(), 0, DEFAULT_PAGE_SIZE, SortOrder.RELEVANCE);
    }

    /** The same request with one more accepted value for a filter key. */
    public SearchRequest filter(String key, String value) {
        Map<String, List<String>> more = new LinkedHashMap<>(filters);
        List<String> values = new ArrayList<>(more.getOrDefault(key, List.of()));
        values.add(Objects.requireNonNull(value));
        more.put(key, values);
        return new SearchRequest(query, more, page, pageSize, sort, loose);
    }

    public SearchRequest page(int number, int size) {
        return new SearchRequest(query, filters, number, size, sort, loose);
    }

    public SearchRequest sortedBy(SortOrder order) {
        return new SearchRequest(query, filters, page, pageSize, order, loose);
    }
}
