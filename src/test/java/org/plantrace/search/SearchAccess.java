package org.plantrace.search;

import java.io.IOException;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.search.index.IndexStore;

/** Lets tests in the sub-packages open a search on a given store and count what it finds. */
public final class SearchAccess {
    private SearchAccess() {
    }

    public static ClauseSearch open(IndexStore store, MemoryPlans plans) throws IOException {
        return ClauseSearch.open(store, plans);
    }

    public static int clauseCount() {
        return ClauseTree.flatten(SeedPlan.clauses()).size();
    }

    /** Every clause a reviewer can see (blank query). */
    public static long visibleClauses(ClauseSearch search) {
        return search.search(SearchRequest.of(""), ViewerRole.REVIEWER).total();
    }

    public static long hitsFor(ClauseSearch search, String query) {
        return search.search(SearchRequest.of(query), ViewerRole.PUBLIC).total();
    }
}
