package org.plantrace.search.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.plantrace.search.FacetValue;
import org.plantrace.search.Related;
import org.plantrace.search.SearchHit;
import org.plantrace.search.SearchRequest;
import org.plantrace.search.SearchResult;
import org.plantrace.search.SortOrder;
import org.plantrace.search.ViewerRole;
import org.plantrace.search.analysis.TextFields;
import org.plantrace.search.index.ArticleNumbers;
import org.plantrace.search.index.ClauseFields;
import org.plantrace.search.index.IndexStore;

/** Runs a request against an {@link IndexStore} for a viewer. */
public final class ClauseQueries {
    /** The facets every result carries; the linked ones appear once the Links issue fills them. */
    static final List<String> FACETS = List.of(ClauseFields.PLAN, ClauseFields.LEVEL, ClauseFields.CHAPTER, ClauseFields.KIND,
            ClauseFields.MANDATORY, ClauseFields.TOWNSHIP, ClauseFields.CONTROL_LINE, ClauseFields.HAS_INDICATOR);
    private static final Sort DOCUMENT_ORDER = new Sort(new SortField(ClauseFields.PLAN, SortField.Type.STRING),
            new SortField(ClauseFields.VERSION, SortField.Type.INT), new SortField(ClauseFields.ORDER, SortField.Type.INT));

    /** Far above any text score, so the named article leads. */
    private static final float ARTICLE_BOOST = 1000f;
    /** Above any text score and below an article named: close matches rank before loose ones (issue #14.4). */
    private static final float CLOSE_BOOST = 300f;

    private final IndexStore store;
    private IndexReader stateReader;
    private SortedSetDocValuesReaderState facetState;
    /** Facet values shown per dimension. */
    static final int TOP_VALUES = 50;
    private final FacetCounter facetCounter = new FacetCounter();
    private final Visibility.Kept visibility = new Visibility.Kept();
    private final WordSets wordSets;
    /** Idle cores help score the best of a broad query ({@link BestOf}); cores are the JVM's, so one for all. */
    private static final BestOf BEST = BestOf.forThisMachine();

    /** A page is shared out from this many clauses: fewer are quicker read than handed over. */
    private static final int SHARED_PAGE = 4;

    /** Results kept per index state: see {@link ResultCache}. */
    static final int CACHED_RESULTS = 500;
    private final ResultCache cache;

    public ClauseQueries(IndexStore store) {
        this(store, CACHED_RESULTS);
    }

    /** @param cachedResults how many results to keep per index state; 0 for none (measuring the uncached path) */
    public ClauseQueries(IndexStore store, int cachedResults) {
        this(store, cachedResults, WordSets.DEFAULT_BYTES);
    }

    /**
     * @param cachedResults how many results to keep per index state; 0 for none (measuring the uncached path)
     * @param wordSetBytes how many bytes of words' and phrases' documents to keep ({@link WordSets}); 0 for none
     */
    public ClauseQueries(IndexStore store, int cachedResults, long wordSetBytes) {
        this.store = store;
        this.cache = new ResultCache(cachedResults);
        this.wordSets = new WordSets(wordSetBytes);
    }

    public SearchResult search(SearchRequest request, ViewerRole viewer) throws IOException {
        IndexSearcher searcher = store.acquire();
        BEST.enter();
        try {
            return search(request, viewer, searcher);
        } finally {
            BEST.leave();
            store.release(searcher);
        }
    }

    private SearchResult search(SearchRequest request, ViewerRole viewer, IndexSearcher searcher) throws IOException {
        Query userQuery;
        Query highlightQuery;
        Query visible;
        Query close = null;
        BooleanQuery.Builder full = new BooleanQuery.Builder();
        BooleanQuery.Builder scope = new BooleanQuery.Builder();
        try {
            userQuery = parse(request.query(), false);
            highlightQuery = parse(request.query(), true);
            full.add(withArticle(userQuery, request.query()),
                    request.query().isBlank() ? BooleanClause.Occur.FILTER : BooleanClause.Occur.MUST);
            Visibility.Scope seen = visibility.scope(searcher.getIndexReader(), viewer, store.catalog(), request.filters());
            visible = seen.filter();
            seen.addTo(full);
            Filters.addTo(full, request.filters());
            if (!request.query().isBlank()) {
                close = closeMatches(request.query());
                seen.addTo(scope);
                Filters.addTo(scope, request.filters());
            }
        } catch (QueryProblem problem) {
            return SearchResult.rejected(problem.reason());
        }
        // a result depends on the request, the viewer and the index state only: asked again, it is kept
        var readerCache = searcher.getIndexReader().getReaderCacheHelper();
        Object readerKey = readerCache == null ? null : readerCache.getKey();
        SearchResult kept = cache.get(request, viewer, readerKey);
        if (kept != null) {
            return kept;
        }
        long closeCount = -1;
        long allCount = -1;
        boolean cut = false;
        try {
            // what the words find and what they find closely, as bit sets (HitSets): the counts that
            // decide the cut and the facets, without Lucene moving every hit through its iterators
            HitSets sets = new HitSets(searcher, wordSets, store.analysis()::sameMatches);
            FacetsCollector every = sets.matches(full.build());
            FacetsCollector closely = null;
            if (close != null) {
                try {
                    closely = sets.matches(scope.add(close, BooleanClause.Occur.FILTER).build());
                    closeCount = HitSets.count(closely);
                    allCount = HitSets.count(every);
                    cut = !request.loose() && closeCount > 0 && closeCount < allCount;
                    if (cut) {
                        every = HitSets.intersection(every, closely);
                    }
                } catch (IndexSearcher.TooManyClauses e) {
                    close = null;
                }
            }
            int wanted = Math.max(1, (request.page() + 1) * request.pageSize());
            TopDocs top;
            if (request.sort() == SortOrder.DOCUMENT_ORDER) {
                top = searcher.search(new WithinHits(new MatchAllDocsQuery(), every), wanted, DOCUMENT_ORDER);
            } else if (request.query().isBlank()) {
                // nothing scores: the found clauses in the index's order
                top = best(searcher, new BoostQuery(new ConstantScoreQuery(new MatchAllDocsQuery()), 0f), every, wanted);
            } else {
                Query words = FlatDisjunction.of(withArticle(userQuery, request.query()));
                top = !cut && close != null && closeCount > 0
                        ? closeFirst(searcher, words, every, closely, wanted) : best(searcher, new WeightedQuery(words), every, wanted);
            }
            List<SearchHit> hits = page(searcher, top.scoreDocs, request, highlightQuery);
            List<Related> related = request.query().isBlank() || request.page() > 0
                    ? List.of() : RelatedTargets.find(searcher, visible, request.query());
            long total = HitSets.count(every);
            long shownClose = close == null ? total : cut ? total : closeCount;
            SearchResult result = new SearchResult(total, hits, facets(searcher.getIndexReader(), every), null, related,
                    shownClose, cut ? allCount - closeCount : 0);
            cache.put(request, viewer, readerKey, result);
            return result;
        } catch (IndexSearcher.TooManyClauses e) {
            return rejected("查询太长，请减少词语后再试");
        }
    }

    /**
     * The best {@code wanted} of {@code found} by {@code query}'s score, where Lucene scores only what
     * can still rank. Heading-only clauses score less than the clauses that state something
     * ({@link WeightedQuery}).
     */
    private TopDocs best(IndexSearcher searcher, Query query, FacetsCollector found, int wanted) throws IOException {
        if (query instanceof WeightedQuery weighted && FewScored.applies(weighted.in())) {
            TopDocs few = FewScored.best(searcher, weighted.in(), found, wanted, BEST);
            if (few != null) {
                return few;
            }
        }
        return BEST.search(searcher, new WithinHits(query, found), wanted);
    }

    /**
     * Close matches first (issue #14.4), each {@link #CLOSE_BOOST} above its text score, then the loose
     * ones: the order a search for the words plus a boost for the close ones gives, found as two
     * searches for the best, since every close match outranks every loose one. One search would score
     * every hit, the boost being a required part Lucene cannot skip through.
     */
    private TopDocs closeFirst(IndexSearcher searcher, Query words, FacetsCollector found, FacetsCollector closely,
            int wanted) throws IOException {
        Query weighted = new WeightedQuery(words);
        TopDocs first = best(searcher, weighted, HitSets.intersection(found, closely), wanted);
        for (ScoreDoc d : first.scoreDocs) {
            d.score += CLOSE_BOOST;
        }
        if (first.scoreDocs.length >= wanted) {
            return first;
        }
        TopDocs rest = best(searcher, weighted, HitSets.difference(found, closely), wanted - first.scoreDocs.length);
        ScoreDoc[] both = Arrays.copyOf(first.scoreDocs, first.scoreDocs.length + rest.scoreDocs.length);
        System.arraycopy(rest.scoreDocs, 0, both, first.scoreDocs.length, rest.scoreDocs.length);
        return new TopDocs(first.totalHits, both);
    }

    /**
     * A query naming an article (第十七条, 第17条, 17条) puts the clause with that displayed number
     * first, whatever its text says; the words still find the clauses that quote the number.
     */
    static Query withArticle(Query words, String text) {
        OptionalInt article = ArticleNumbers.inQuery(text);
        if (article.isEmpty()) {
            return words;
        }
        Query numbered = new BoostQuery(new ConstantScoreQuery(
                new TermQuery(new Term(ClauseFields.ARTICLE, Integer.toString(article.getAsInt())))), ARTICLE_BOOST);
        return new BooleanQuery.Builder()
                .add(words, BooleanClause.Occur.SHOULD)
                .add(numbered, BooleanClause.Occur.SHOULD)
                .build();
    }

    /**
     * The close matches of a query (issue #14.4): every word as the analysis's close query, or the
     * article the query names.
     */
    private Query closeMatches(String text) throws QueryProblem {
        Query words = parse(text, false, true);
        OptionalInt article = ArticleNumbers.inQuery(text);
        if (article.isEmpty()) {
            return words;
        }
        return new BooleanQuery.Builder()
                .add(words, BooleanClause.Occur.SHOULD)
                .add(new TermQuery(new Term(ClauseFields.ARTICLE, Integer.toString(article.getAsInt()))), BooleanClause.Occur.SHOULD)
                .build();
    }

    private Query parse(String text, boolean forHighlight) throws QueryProblem {
        return parse(text, forHighlight, false);
    }

    private Query parse(String text, boolean forHighlight, boolean close) throws QueryProblem {
        if (text.isBlank()) {
            return new MatchAllDocsQuery();
        }
        try {
            return new ClauseQueryParser(store.analysis(), forHighlight, close).parse(text);
        } catch (ClauseQueryParser.Refused refused) {
            throw new QueryProblem(refused.reason);
        } catch (ParseException | RuntimeException e) {
            throw QueryProblem.unreadable();
        }
    }

    /**
     * The page's clauses, read and highlighted; a search running alone shares them out among the
     * idle cores too ({@link BestOf#inParts}), each core taking every n-th.
     */
    private List<SearchHit> page(IndexSearcher searcher, ScoreDoc[] docs, SearchRequest request, Query highlightQuery)
            throws IOException {
        int from = request.page() * request.pageSize();
        boolean scored = request.sort() == SortOrder.RELEVANCE;
        BestOf.Parted<List<SearchHit>> work = (part, of) -> {
            Snippets snippets = new Snippets(store.analysis(), highlightQuery);
            StoredFields stored = searcher.storedFields();
            List<SearchHit> hits = new ArrayList<>();
            for (int i = from + part; i < docs.length; i += of) {
                hits.add(hit(stored.document(docs[i].doc), docs[i], snippets, scored));
            }
            return hits;
        };
        if (docs.length - from < SHARED_PAGE) {
            return work.part(0, 1);
        }
        List<List<SearchHit>> parts = BEST.inParts(work);
        List<SearchHit> hits = new ArrayList<>();
        for (int k = 0; k < docs.length - from; k++) {
            hits.add(parts.get(k % parts.size()).get(k / parts.size()));
        }
        return hits;
    }

    private static SearchHit hit(Document d, ScoreDoc sd, Snippets snippets, boolean scored) {
        return new SearchHit(d.get(ClauseFields.ID), d.get(ClauseFields.UID), d.get(ClauseFields.EID),
                d.get(ClauseFields.PLAN), Integer.parseInt(d.get(ClauseFields.VERSION)), d.get(ClauseFields.STATUS),
                d.get(ClauseFields.KIND), d.get(TextFields.HEADING), Arrays.asList(d.getValues(ClauseFields.PATH_ITEM)),
                snippets.of(d.get(TextFields.TEXT)), scored && !Float.isNaN(sd.score) ? sd.score : 0f,
                Boolean.parseBoolean(d.get(ClauseFields.MANDATORY)));
    }

    private Map<String, List<FacetValue>> facets(IndexReader reader, FacetsCollector every) throws IOException {
        if (reader.numDocs() == 0) {
            return Map.of();
        }
        return facetCounter.count(facetState(reader), every, FACETS, TOP_VALUES);
    }

    /** Building the facet state reads every facet value: once per reader, not per query. */
    private synchronized SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
        if (stateReader != reader) {
            facetState = new DefaultSortedSetDocValuesReaderState(reader, ClauseFields.facetsConfig());
            stateReader = reader;
        }
        return facetState;
    }

    private static SearchResult rejected(String message) {
        return new SearchResult(0, List.of(), Map.of(), message);
    }
}
