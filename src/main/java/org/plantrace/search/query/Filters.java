package org.plantrace.search.query;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.plantrace.search.index.ClauseFields;

/** The request's filters other than plan, version and status (those are {@link Visibility}'s). */
final class Filters {
    /** The filter key of an indicator name; its exact-name field is {@link ClauseFields#INDICATOR_NAME}. */
    static final String INDICATOR = "indicator";
    static final Set<String> VISIBILITY_KEYS = Set.of(ClauseFields.PLAN, ClauseFields.VERSION, ClauseFields.STATUS);
    static final Set<String> FIELD_KEYS = Set.of(ClauseFields.LEVEL, ClauseFields.CHAPTER, ClauseFields.KIND, ClauseFields.MANDATORY,
            ClauseFields.TOWNSHIP, ClauseFields.CONTROL_LINE, ClauseFields.HAS_INDICATOR, INDICATOR);

    private Filters() {
    }

    static String field(String key) {
        return INDICATOR.equals(key) ? ClauseFields.INDICATOR_NAME : key;
    }

    /** Adds one FILTER clause per key (its values are alternatives). */
    static void addTo(BooleanQuery.Builder query, Map<String, List<String>> filters) throws QueryProblem {
        for (Map.Entry<String, List<String>> f : filters.entrySet()) {
            String key = f.getKey();
            if (VISIBILITY_KEYS.contains(key)) {
                continue;
            }
            if (!FIELD_KEYS.contains(key)) {
                throw new QueryProblem(org.plantrace.domain.message.Message.of("query.filter", key));
            }
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (String value : f.getValue()) {
                any.add(new TermQuery(new Term(field(key), value)), BooleanClause.Occur.SHOULD);
            }
            query.add(any.build(), BooleanClause.Occur.FILTER);
        }
    }
}
