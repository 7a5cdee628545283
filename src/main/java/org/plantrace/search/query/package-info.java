/**
 * From a {@link org.plantrace.search.SearchRequest} to a {@link org.plantrace.search.SearchResult}:
 * the query parser (free text, quoted phrases, a friendly Chinese message for what it cannot
 * read), the visibility filter of the viewer's role, the other filters, facets, highlighted
 * snippets and pages. Internal to {@code org.plantrace.search}.
 */
package org.plantrace.search.query;
