/**
 * From a {@link org.plantrace.search.SearchRequest} to a {@link org.plantrace.search.SearchResult}:
 * the query parser (free text, quoted phrases, a friendly Chinese message for what it cannot
 * read), the visibility filter of the viewer's role, the other filters, facets, highlighted
 * snippets and pages. Internal to {@code org.plantrace.search}. Made for a query asked for the
 * first time at 600,000 clauses (issue #15): facets counted from per-segment runs and bit sets
 * ({@code FacetCounter}), visibility as an exclusion, the best hits
 * scored apart with skipping ({@code WeightedQuery}).
 */
package org.plantrace.search.query;
