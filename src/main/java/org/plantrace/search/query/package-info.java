/**
 * From a {@link org.plantrace.search.SearchRequest} to a {@link org.plantrace.search.SearchResult}:
 * the query parser (free text, quoted phrases, a friendly Chinese message for what it cannot
 * read), the visibility filter of the viewer's role, the other filters, facets, highlighted
 * snippets and pages. Internal to {@code org.plantrace.search}. Made for a query asked for the
 * first time at 600,000 clauses (issue #15): what the words find, and find closely, as bit sets by
 * set algebra over postings ({@code HitSets}), each word's set kept for the next query
 * ({@code WordSets}); facets counted from per-segment runs and bit sets ({@code FacetCounter});
 * the best scored within the found clauses as one flat "any of" ({@code WithinHits},
 * {@code FlatDisjunction}), on idle cores too ({@code BestOf}), or word by word when the found
 * clauses are few ({@code FewScored}); snippets marked from the text's own tokens ({@code Snippets}).
 */
package org.plantrace.search.query;
