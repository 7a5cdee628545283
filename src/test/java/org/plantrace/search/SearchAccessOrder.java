package org.plantrace.search;

/** Document order of a hit of the seed: its position in the flattened clause tree, found by eId. */
final class SearchAccessOrder {
    private static final java.util.List<String> EIDS = org.plantrace.domain.clause.ClauseTree
            .flatten(SeedPlan.clauses()).stream().map(org.plantrace.domain.clause.Clause::eId).toList();

    private SearchAccessOrder() {
    }

    static int order(SearchHit hit) {
        return EIDS.indexOf(hit.eId());
    }
}
