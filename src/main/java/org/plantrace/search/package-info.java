/**
 * Clause search: one Lucene document per clause of every stored version, derived from the
 * {@link org.plantrace.domain.plan.PlanRepository} (the database is the source of truth).
 *
 * <p>The API is small: {@link org.plantrace.search.ClauseSearch} opens (and, if the index is
 * missing, stale, half-written or broken, rebuilds) the index and answers a
 * {@link org.plantrace.search.SearchRequest} for a {@link org.plantrace.search.ViewerRole}; the
 * role's visibility (the public sees published versions only) is enforced here, not by callers.
 * Analysis, index layout and query building live in the sub-packages.
 */
package org.plantrace.search;
