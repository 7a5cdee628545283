/**
 * The clause index on disk: the document layout of a clause, the catalog of indexed versions kept
 * in the commit's user data, and the store that rebuilds, updates and checks the index so that an
 * interrupted or broken index is noticed and rebuilt. Internal to {@code org.plantrace.search}.
 */
package org.plantrace.search.index;
