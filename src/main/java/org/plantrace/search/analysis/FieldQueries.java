package org.plantrace.search.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * The query every analysis starts from: the words analysed into heading, path and text, any of
 * them may match, with the weights of {@link TextFields}.
 */
final class FieldQueries {
    private FieldQueries() {
    }

    static BooleanQuery.Builder acrossFields(Analyzer analyzer, String words, boolean quoted) {
        QueryBuilder builder = new QueryBuilder(analyzer);
        BooleanQuery.Builder out = new BooleanQuery.Builder();
        add(out, builder, TextFields.HEADING, TextFields.HEADING_BOOST, words, quoted);
        add(out, builder, TextFields.PATH, TextFields.PATH_BOOST, words, quoted);
        add(out, builder, TextFields.TEXT, TextFields.TEXT_BOOST, words, quoted);
        return out;
    }

    private static void add(BooleanQuery.Builder out, QueryBuilder builder, String field, float boost,
            String words, boolean quoted) {
        Query q = quoted ? builder.createPhraseQuery(field, words) : builder.createBooleanQuery(field, words);
        if (q != null) {
            out.add(new BoostQuery(q, boost), BooleanClause.Occur.SHOULD);
        }
    }

    /** A query with no clauses matches nothing rather than failing. */
    static Query orNothing(BooleanQuery q) {
        return q.clauses().isEmpty() ? new MatchNoDocsQuery("no searchable words") : q;
    }
}
