package org.plantrace.web.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.plantrace.search.SearchRequest;
import org.plantrace.search.SortOrder;

/**
 * What the address {@code /search?q=…&chapter=…&kind=…&mandatory=…&township=…&control_line=…
 * &has_indicator=…&indicator=…&sort=order&page=2} asks for,
 * and the addresses of its variations (a facet added or removed, another page, another order).
 * Every state of the page is a plain GET address, so it can be bookmarked, shared and crawled.
 *
 * <p>Only the facet keys are read as filters, {@code plan} and {@code level} among them (the search
 * layer still shows a public viewer only published versions); {@code status} and {@code version} in
 * the address are ignored here.
 *
 * @param page 1-based, as shown to the reader
 */
public record SearchParameters(String query, Map<String, List<String>> filters, int page, SortOrder sort, boolean more) {
    /** Facet keys the page offers as filters, in the order shown. */
    public static final List<String> FILTER_KEYS = List.of("plan", "level", "chapter", "kind", "mandatory", "township",
            "control_line", "has_indicator", "indicator");
    public static final int PAGE_SIZE = 10;
    /** Longer input is cut: nobody types more, and it bounds the work one request can cause. */
    static final int MAX_QUERY = 200;
    static final String SORT_ORDER = "order";
    /** {@code more=1}: the loose matches too, after the close ones. */
    static final String MORE = "more";

    public SearchParameters {
        query = query == null ? "" : query.strip();
        if (query.length() > MAX_QUERY) {
            query = query.substring(0, MAX_QUERY);
        }
        Map<String, List<String>> copy = new LinkedHashMap<>();
        for (String key : FILTER_KEYS) {
            List<String> values = filters == null ? null : filters.get(key);
            if (values != null && !values.isEmpty()) {
                copy.put(key, values.stream().filter(v -> v != null && !v.isBlank()).distinct().toList());
            }
        }
        copy.values().removeIf(List::isEmpty);
        filters = Map.copyOf(copy);
        page = Math.max(1, page);
        sort = sort == null ? SortOrder.RELEVANCE : sort;
    }

    /** Close matches only, the loose ones behind “更多相关结果” (issue #14.4). */
    public SearchParameters(String query, Map<String, List<String>> filters, int page, SortOrder sort) {
        this(query, filters, page, sort, false);
    }

    /** Reads the request's parameters; anything malformed falls back to its default. */
    public static SearchParameters from(Map<String, String[]> params) {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (String key : FILTER_KEYS) {
            String[] values = params.get(key);
            if (values != null) {
                filters.put(key, List.of(values));
            }
        }
        SortOrder sort = SORT_ORDER.equals(first(params, "sort")) ? SortOrder.DOCUMENT_ORDER : SortOrder.RELEVANCE;
        return new SearchParameters(first(params, "q"), filters, pageNumber(first(params, "page")), sort,
                "1".equals(first(params, MORE)));
    }

    private static String first(Map<String, String[]> params, String key) {
        String[] v = params.get(key);
        return v == null || v.length == 0 ? null : v[0];
    }

    private static int pageNumber(String s) {
        if (s == null || !s.matches("\\d{1,6}")) {
            return 1;
        }
        return Integer.parseInt(s);
    }

    /** Nothing asked: the page shows the search box and examples rather than every clause. */
    public boolean empty() {
        return query.isEmpty() && filters.isEmpty();
    }

    public boolean hasFilter(String key, String value) {
        return filters.getOrDefault(key, List.of()).contains(value);
    }

    /** The search layer's request: one page of {@value #PAGE_SIZE}. */
    public SearchRequest toRequest() {
        return new SearchRequest(query, filters, page - 1, PAGE_SIZE, sort, more);
    }

    /** Adding or removing a filter goes back to page 1: the old page number means nothing then. */
    public SearchParameters withFilter(String key, String value) {
        Map<String, List<String>> more = new LinkedHashMap<>(filters);
        List<String> values = new ArrayList<>(more.getOrDefault(key, List.of()));
        if (!values.contains(value)) {
            values.add(value);
        }
        more.put(key, values);
        return new SearchParameters(query, more, 1, sort, this.more);
    }

    public SearchParameters withoutFilter(String key, String value) {
        Map<String, List<String>> less = new LinkedHashMap<>(filters);
        List<String> values = new ArrayList<>(less.getOrDefault(key, List.of()));
        values.remove(value);
        less.put(key, values);
        return new SearchParameters(query, less, 1, sort, more);
    }

    public SearchParameters withPage(int number) {
        return new SearchParameters(query, filters, number, sort, more);
    }

    /** The same search with the loose matches too, from page 1 (where they start is not page-aligned). */
    public SearchParameters withMore() {
        return new SearchParameters(query, filters, 1, sort, true);
    }

    public SearchParameters withSort(SortOrder order) {
        return new SearchParameters(query, filters, 1, order, more);
    }

    /** The address of this state under {@code base} (the context path), defaults left out. */
    public String href(String base) {
        StringJoiner q = new StringJoiner("&", base + "/search?", "").setEmptyValue(base + "/search");
        if (!query.isEmpty()) {
            q.add("q=" + encode(query));
        }
        for (String key : FILTER_KEYS) {
            for (String v : filters.getOrDefault(key, List.of())) {
                q.add(key + "=" + encode(v));
            }
        }
        if (sort == SortOrder.DOCUMENT_ORDER) {
            q.add("sort=" + SORT_ORDER);
        }
        if (more) {
            q.add(MORE + "=1");
        }
        if (page > 1) {
            q.add("page=" + page);
        }
        return q.toString();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
