package org.plantrace.search.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.plantrace.search.Related;
import org.plantrace.search.index.ClauseFields;

/**
 * The places, control lines and indicators a query names. They live in the same index as the
 * clauses — as the exact-name fields of the clauses linked to them — so no second index has to be
 * kept in step: a name matches when it contains the query's words or the query contains it, and
 * its count is the number of visible clauses linked to it. The names of one field are few (dozens
 * per plan), so walking them is cheap.
 */
final class RelatedTargets {
    /** How many related names a result carries at most. */
    static final int LIMIT = 6;
    /** Shorter queries would match too much (地, 镇). */
    static final int MIN_QUERY = 2;
    private static final List<String[]> FIELDS = List.of(
            new String[] {ClauseFields.TOWNSHIP, ClauseFields.TOWNSHIP},
            new String[] {ClauseFields.CONTROL_LINE, ClauseFields.CONTROL_LINE},
            new String[] {"indicator", ClauseFields.INDICATOR_NAME});

    private RelatedTargets() {
    }

    static List<Related> find(IndexSearcher searcher, Query visible, String query) throws IOException {
        String wanted = normalize(query);
        if (wanted.codePointCount(0, wanted.length()) < MIN_QUERY) {
            return List.of();
        }
        IndexReader reader = searcher.getIndexReader();
        List<Related> out = new ArrayList<>();
        for (String[] f : FIELDS) {
            Terms terms = MultiTerms.getTerms(reader, f[1]);
            if (terms == null) {
                continue;
            }
            TermsEnum names = terms.iterator();
            for (BytesRef term = names.next(); term != null; term = names.next()) {
                String name = term.utf8ToString();
                if (!matches(name, wanted)) {
                    continue;
                }
                BooleanQuery.Builder q = new BooleanQuery.Builder();
                q.add(new TermQuery(new Term(f[1], name)), BooleanClause.Occur.FILTER);
                q.add(visible, BooleanClause.Occur.FILTER);
                int count = searcher.count(q.build());
                if (count > 0) {
                    out.add(new Related(f[0], name, count,
                            f[1].equals(ClauseFields.INDICATOR_NAME) ? figures(searcher, q.build(), name) : List.of()));
                }
            }
        }
        addSpellings(searcher, reader, visible, wanted, out);
        // the closest name first: the exact one, then the shortest around the query
        out.sort(Comparator.<Related>comparingInt(r -> r.name().equals(wanted) ? 0 : 1)
                .thenComparingInt(r -> Math.abs(r.name().length() - wanted.length()))
                .thenComparing(Comparator.comparingLong(Related::count).reversed()));
        return out.size() > LIMIT ? List.copyOf(out.subList(0, LIMIT)) : List.copyOf(out);
    }

    /** A township the text spells otherwise (东方城乡) is found under its canonical name (东坊城乡). */
    private static void addSpellings(IndexSearcher searcher, IndexReader reader, Query visible, String wanted,
            List<Related> out) throws IOException {
        Terms terms = MultiTerms.getTerms(reader, ClauseFields.TOWNSHIP_SPELLING);
        if (terms == null) {
            return;
        }
        TermsEnum pairs = terms.iterator();
        for (BytesRef term = pairs.next(); term != null; term = pairs.next()) {
            String[] pair = term.utf8ToString().split("\t", 2);
            if (pair.length < 2 || !matches(pair[0], wanted)
                    || out.stream().anyMatch(r -> r.key().equals(ClauseFields.TOWNSHIP) && r.name().equals(pair[1]))) {
                continue;
            }
            BooleanQuery.Builder q = new BooleanQuery.Builder();
            q.add(new TermQuery(new Term(ClauseFields.TOWNSHIP, pair[1])), BooleanClause.Occur.FILTER);
            q.add(visible, BooleanClause.Occur.FILTER);
            int count = searcher.count(q.build());
            if (count > 0) {
                out.add(new Related(ClauseFields.TOWNSHIP, pair[1], count));
            }
        }
    }

    /** How many figures an indicator shows at most: one per plan version is the usual case. */
    static final int MAX_FIGURES = 4;

    /** The values the linked clauses state for this indicator, each once, in document order. */
    private static List<String> figures(IndexSearcher searcher, Query linked, String name) throws IOException {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        org.apache.lucene.search.TopDocs top = searcher.search(linked, 20, DOCUMENT_ORDER);
        for (org.apache.lucene.search.ScoreDoc sd : top.scoreDocs) {
            for (String pair : searcher.storedFields().document(sd.doc).getValues(ClauseFields.INDICATOR_FIGURE)) {
                int tab = pair.indexOf('\t');
                if (tab > 0 && pair.substring(0, tab).equals(name) && out.size() < MAX_FIGURES) {
                    out.add(pair.substring(tab + 1));
                }
            }
        }
        return List.copyOf(out);
    }

    private static final org.apache.lucene.search.Sort DOCUMENT_ORDER = new org.apache.lucene.search.Sort(
            new org.apache.lucene.search.SortField(ClauseFields.ORDER, org.apache.lucene.search.SortField.Type.INT));

    static boolean matches(String name, String wanted) {
        return name.contains(wanted) || (name.length() >= MIN_QUERY && wanted.contains(name));
    }

    /** The query's words run together: quotes, operators and spaces out. */
    static String normalize(String query) {
        String s = query.replaceAll("\\b(AND|OR|NOT)\\b", " ").replaceAll("[\\s\"'“”‘’+\\-!(){}\\[\\]^~*?:\\\\/]+", "");
        return s.toLowerCase(Locale.ROOT);
    }
}
