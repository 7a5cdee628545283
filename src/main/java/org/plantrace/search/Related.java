package org.plantrace.search;

/**
 * A place, control line or indicator whose name matches the query, shown above the clause hits:
 * following it filters the search to the clauses linked to it.
 *
 * @param key   the filter key that leads to its clauses: {@code township}, {@code control_line} or {@code indicator}
 * @param name  the canonical name (王庄堡镇, 耕地保有量)
 * @param count how many visible clauses are linked to it: the total its filter finds
 * @param figures for an indicator, the values those clauses state (≥ 73.39 万亩（2035年）), each once, in
 *                document order; empty for places and lines
 */
public record Related(String key, String name, long count, java.util.List<String> figures) {
    public Related {
        figures = java.util.List.copyOf(figures);
    }

    public Related(String key, String name, long count) {
        this(key, name, count, java.util.List.of());
    }
}
