package org.plantrace.search.query;

import java.util.List;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.plantrace.domain.message.Message;
import org.plantrace.search.analysis.Analysis;

/**
 * Lucene's classic syntax (words, "phrases", AND/OR/NOT, parentheses) where every word or phrase
 * becomes the analysis's query over the clause fields. What the public should not use — field
 * names, wildcards, fuzzy and range queries — is refused with a message rather than run.
 */
final class ClauseQueryParser extends QueryParser {
    private static final String ANY_FIELD = "\u0000any";
    private final Analysis analysis;
    private final boolean forHighlight;
    private final boolean close;

    ClauseQueryParser(Analysis analysis, boolean forHighlight) {
        this(analysis, forHighlight, false);
    }

    /**
     * {@code close}: the query of close matches (issue #14.4) — each word as {@link Analysis#closeQuery},
     * every word required — that separates what a person means from loose matches.
     */
    ClauseQueryParser(Analysis analysis, boolean forHighlight, boolean close) {
        super(ANY_FIELD, analysis.analyzer());
        this.analysis = analysis;
        this.forHighlight = forHighlight;
        this.close = close;
        setDefaultOperator(close ? Operator.AND : Operator.OR);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
        if (!ANY_FIELD.equals(field)) {
            throw new Refused(Message.of("query.field"));
        }
        return close ? analysis.closeQuery(queryText, quoted)
                : forHighlight ? analysis.highlightQuery(queryText, quoted) : analysis.query(queryText, quoted);
    }

    /**
     * Words separated by spaces are one text to the analysis, and its query for them is kept whole.
     * Lucene's parser would add each part of that query as its own clause, required under AND: the
     * close query's "the words as written, or each of their terms" then became both, so two words
     * (生态保护红线 永久基本农田) had close matches only where they stood together as typed, almost
     * never, and the public got every loose match instead of the clauses naming both (issue #14.4).
     */
    @Override
    protected void addMultiTermClauses(List<BooleanClause> clauses, Query q) {
        if (q != null) {
            clauses.add(newBooleanClause(q, getDefaultOperator() == Operator.AND ? BooleanClause.Occur.MUST : BooleanClause.Occur.SHOULD));
        }
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
        throw new Refused(Message.of("query.wildcards"));
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
        throw new Refused(Message.of("query.wildcard"));
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
        throw new Refused(Message.of("query.fuzzy"));
    }

    @Override
    protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
            boolean endInclusive) throws ParseException {
        throw new Refused(Message.of("query.range"));
    }

    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
        throw new Refused(Message.of("query.regex"));
    }

    /** A refusal whose message is already written for the user. */
    static final class Refused extends ParseException {
        final transient Message reason;

        Refused(Message reason) {
            super(reason.chinese());
            this.reason = reason;
        }
    }
}
