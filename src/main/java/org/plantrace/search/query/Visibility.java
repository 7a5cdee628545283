package org.plantrace.search.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.plantrace.domain.plan.VersionStatus;
import org.plantrace.search.ViewerRole;
import org.plantrace.search.index.ClauseFields;
import org.plantrace.search.index.IndexCatalog;

/**
 * Which (plan, version) pairs a viewer searches. Candidates are the indexed versions the role may
 * read (the public: published only) that pass the request's plan, version and status filters;
 * without a version filter each plan contributes its newest candidate. A public viewer asking for
 * a draft thus gets nothing, whatever the filters say.
 */
final class Visibility {
    private Visibility() {
    }

    static Query filter(ViewerRole role, IndexCatalog catalog, Map<String, List<String>> filters) throws QueryProblem {
        return filter(role, visibleVersions(role, catalog, filters));
    }

    /** The {@code plan#version} keys the viewer searches. */
    static Set<BytesRef> visibleVersions(ViewerRole role, IndexCatalog catalog, Map<String, List<String>> filters)
            throws QueryProblem {
        List<String> plans = filters.getOrDefault(ClauseFields.PLAN, List.of());
        List<String> versions = filters.getOrDefault(ClauseFields.VERSION, List.of());
        List<String> statuses = filters.getOrDefault(ClauseFields.STATUS, List.of());
        for (String v : versions) {
            if (!v.matches("\\d{1,9}")) {
                throw new QueryProblem(org.plantrace.domain.message.Message.of("query.version", v));
            }
        }
        Map<String, List<IndexCatalog.Entry>> byPlan = new HashMap<>();
        for (IndexCatalog.Entry e : catalog.versions()) {
            boolean readable = e.status() == VersionStatus.PUBLISHED || role.mayReadDrafts();
            if (readable && (plans.isEmpty() || plans.contains(e.plan()))
                    && (versions.isEmpty() || versions.contains(Integer.toString(e.version())))
                    && (statuses.isEmpty() || statuses.contains(e.status().name().toLowerCase()))) {
                byPlan.computeIfAbsent(e.plan(), k -> new ArrayList<>()).add(e);
            }
        }
        Set<BytesRef> visible = new TreeSet<>();
        for (List<IndexCatalog.Entry> entries : byPlan.values()) {
            if (versions.isEmpty()) {
                entries.stream().max(IndexCatalog.Entry::compareTo).ifPresent(e -> visible.add(key(e)));
            } else {
                entries.forEach(e -> visible.add(key(e)));
            }
        }
        return visible;
    }

    private static Query filter(ViewerRole role, Set<BytesRef> visible) {
        if (visible.isEmpty()) {
            return new MatchNoDocsQuery("nothing visible to " + role);
        }
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        q.add(new TermInSetQuery(ClauseFields.PLAN_VERSION, visible), BooleanClause.Occur.FILTER);
        if (!role.mayReadDrafts()) {
            // the documents say it too: even a catalog that disagreed with them cannot show a draft
            q.add(new TermQuery(new Term(ClauseFields.STATUS, "published")), BooleanClause.Occur.FILTER);
        }
        return q.build();
    }

    /**
     * What a viewer may see, as clauses of a search: the {@link #filter} to require, or, on one
     * reader, what it does not show to exclude. A required filter that matches most of the index
     * leads Lucene's conjunction, which then visits every visible clause instead of only those that
     * match the words (at 600,000 clauses, two thirds of an uncached search's counting, measured);
     * an exclusion is only asked about the clauses the words found.
     */
    record Scope(Query filter, Query hidden) {
        /** Restricts {@code query} to what the viewer may see. */
        void addTo(BooleanQuery.Builder query) {
            if (filter instanceof MatchNoDocsQuery || hidden == null) {
                query.add(filter, BooleanClause.Occur.FILTER);
            } else if (hidden != HIDES_NOTHING) {
                query.add(hidden, BooleanClause.Occur.MUST_NOT);
            }
        }
    }

    /** The exclusion of a reader whose every clause the viewer may see. */
    private static final Query HIDES_NOTHING = new MatchNoDocsQuery("hides nothing");

    /**
     * The same restriction as {@code filter(role, visible)} on {@code reader}: its clauses of versions
     * not visible, and for the public those whose document does not say published. Exact, since every
     * clause document carries one {@code pv} and one {@code status} (ClauseDocuments).
     */
    static Query hidden(IndexReader reader, ViewerRole role, Set<BytesRef> visible) throws IOException {
        List<BytesRef> versions = termsOutside(reader, ClauseFields.PLAN_VERSION, visible);
        List<BytesRef> statuses = role.mayReadDrafts() ? List.of()
                : termsOutside(reader, ClauseFields.STATUS, Set.of(new BytesRef("published")));
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        if (!versions.isEmpty()) {
            any.add(new TermInSetQuery(ClauseFields.PLAN_VERSION, versions), BooleanClause.Occur.SHOULD);
        }
        if (!statuses.isEmpty()) {
            any.add(new TermInSetQuery(ClauseFields.STATUS, statuses), BooleanClause.Occur.SHOULD);
        }
        BooleanQuery q = any.build();
        return q.clauses().isEmpty() ? HIDES_NOTHING : q.clauses().size() == 1 ? q.clauses().get(0).getQuery() : q;
    }

    private static List<BytesRef> termsOutside(IndexReader reader, String field, Set<BytesRef> inside) throws IOException {
        List<BytesRef> out = new ArrayList<>();
        Terms terms = MultiTerms.getTerms(reader, field);
        if (terms != null) {
            TermsEnum it = terms.iterator();
            for (BytesRef t = it.next(); t != null; t = it.next()) {
                if (!inside.contains(t)) {
                    out.add(BytesRef.deepCopyOf(t));
                }
            }
        }
        return out;
    }

    /**
     * The scopes built on the current catalog and reader, so that a query does not rebuild its
     * viewer's from every indexed version (a thousand plans: a fifth of an uncached search's time,
     * JFR). A new catalog or reader — any publication, edit or rebuild makes them — drops them.
     */
    static final class Kept {
        /** Distinct filter combinations kept; the public asks with a few (none, a plan, a level). */
        static final int CAPACITY = 256;
        private IndexCatalog catalog;
        private Object reader;
        private final Map<List<Object>, Scope> scopes = new HashMap<>();

        synchronized Query filter(ViewerRole role, IndexCatalog catalog, Map<String, List<String>> requested)
                throws QueryProblem {
            return scope(null, role, catalog, requested).filter();
        }

        /** @param reader the searched reader; null for the filter alone */
        synchronized Scope scope(IndexReader reader, ViewerRole role, IndexCatalog catalog,
                Map<String, List<String>> requested) throws QueryProblem {
            Object readerKey = reader == null || reader.getReaderCacheHelper() == null ? null
                    : reader.getReaderCacheHelper().getKey();
            if (catalog != this.catalog || (readerKey != null && readerKey != this.reader)) {
                scopes.clear();
                this.catalog = catalog;
                this.reader = readerKey;
            }
            List<Object> key = List.of(role, List.copyOf(requested.getOrDefault(ClauseFields.PLAN, List.of())),
                    List.copyOf(requested.getOrDefault(ClauseFields.VERSION, List.of())),
                    List.copyOf(requested.getOrDefault(ClauseFields.STATUS, List.of())));
            Scope kept = scopes.get(key);
            if (kept == null || (kept.hidden() == null && readerKey != null)) {
                Set<BytesRef> visible = visibleVersions(role, catalog, requested);
                Query hidden = null;
                if (readerKey != null) {
                    try {
                        hidden = Visibility.hidden(reader, role, visible);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
                kept = new Scope(kept != null ? kept.filter() : Visibility.filter(role, visible), hidden);
                if (scopes.size() >= CAPACITY) {
                    scopes.clear();
                }
                scopes.put(key, kept);
            }
            return kept;
        }
    }

    private static BytesRef key(IndexCatalog.Entry e) {
        return new BytesRef(ClauseFields.planVersion(e.plan(), e.version()));
    }
}
