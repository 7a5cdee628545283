package org.plantrace.search.query;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * A query's nested "any of" groups made one: a word is analysed into bigrams, planning terms and
 * synonyms in three fields, each group boosted, and the words of a query are "any of" too. Scored as
 * nested groups, Lucene bounds each group by the sum of its parts and can skip almost nothing; one
 * flat group of boosted words lets its MaxScore skip the words that cannot lift a clause into the
 * top ten. The score is the same sum (a group's boost already multiplies its parts' scores in
 * Lucene), added in another order.
 */
final class FlatDisjunction {
    private FlatDisjunction() {
    }

    static Query of(Query query) {
        return of(query, 1f);
    }

    private static Query of(Query query, float boost) {
        if (query instanceof BoostQuery boosted) {
            return of(boosted.getQuery(), boost * boosted.getBoost());
        }
        if (query instanceof BooleanQuery bool) {
            if (anyOf(bool)) {
                List<Query> parts = new ArrayList<>();
                collect(bool, boost, parts);
                if (parts.size() <= IndexSearcher.getMaxClauseCount()) {
                    BooleanQuery.Builder out = new BooleanQuery.Builder();
                    parts.forEach(p -> out.add(p, BooleanClause.Occur.SHOULD));
                    return out.build();
                }
                return boosted(query, boost);
            }
            BooleanQuery.Builder out = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
            for (BooleanClause c : bool.clauses()) {
                out.add(c.getOccur() == BooleanClause.Occur.MUST || c.getOccur() == BooleanClause.Occur.SHOULD
                        ? of(c.getQuery(), 1f) : c.getQuery(), c.getOccur());
            }
            return boosted(out.build(), boost);
        }
        return boosted(query, boost);
    }

    /** "Any of" with nothing required and no minimum: its matches are the union of its parts'. */
    private static boolean anyOf(BooleanQuery bool) {
        return bool.getMinimumNumberShouldMatch() == 0 && !bool.clauses().isEmpty()
                && bool.clauses().stream().allMatch(c -> c.getOccur() == BooleanClause.Occur.SHOULD);
    }

    private static void collect(Query query, float boost, List<Query> parts) {
        if (query instanceof BoostQuery boosted) {
            collect(boosted.getQuery(), boost * boosted.getBoost(), parts);
        } else if (query instanceof BooleanQuery bool && anyOf(bool)) {
            for (BooleanClause c : bool.clauses()) {
                collect(c.getQuery(), boost, parts);
            }
        } else {
            parts.add(boosted(of(query, 1f), boost));
        }
    }

    private static Query boosted(Query query, float boost) {
        return boost == 1f ? query : new BoostQuery(query, boost);
    }

}
