package org.plantrace.search.query;

import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.plantrace.search.analysis.Analysis;

/**
 * The indexed words a search reads: every term of the query the analysis makes of it, as scored and
 * as matched closely. Benches use it to keep their warm-up words apart from the measured ones, so
 * that warming up reads no word a measured query will read.
 */
public final class QueryWords {
    private QueryWords() {
    }

    public static Set<Term> of(Analysis analysis, String query) throws Exception {
        Set<Term> out = new HashSet<>();
        for (boolean close : new boolean[] {false, true}) {
            Query parsed = new ClauseQueryParser(analysis, false, close).parse(query);
            parsed.visit(new QueryVisitor() {
                @Override
                public void consumeTerms(Query q, Term... terms) {
                    out.addAll(java.util.List.of(terms));
                }

                @Override
                public QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
                    return this; // words under NOT are read too
                }
            });
        }
        return out;
    }
}
