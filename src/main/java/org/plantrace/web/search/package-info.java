/**
 * The public search portal: {@link org.plantrace.web.search.SearchIndex} opens the clause index at
 * start-up (never keeping the site from starting), {@link org.plantrace.web.search.SearchPage}
 * answers {@code /search?q=…} for anonymous visitors — always as
 * {@link org.plantrace.search.ViewerRole#PUBLIC}, so only published text is ever shown.
 */
package org.plantrace.web.search;
