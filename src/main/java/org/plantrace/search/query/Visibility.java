package org.plantrace.search.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.Term;
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
        List<String> plans = filters.getOrDefault(ClauseFields.PLAN, List.of());
        List<String> versions = filters.getOrDefault(ClauseFields.VERSION, List.of());
        List<String> statuses = filters.getOrDefault(ClauseFields.STATUS, List.of());
        for (String v : versions) {
            if (!v.matches("\\d{1,9}")) {
                throw new QueryProblem("版本号应为数字：" + v);
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
     * The filters built on the current catalog, so that a query does not rebuild its viewer's from
     * every indexed version (a thousand plans: a fifth of an uncached search's time, JFR). A new
     * catalog — any publication, edit or rebuild makes one — drops them. Keeping the same query
     * object also lets Lucene's query cache keep the documents it matches.
     */
    static final class Kept {
        /** Distinct filter combinations kept; the public asks with a few (none, a plan, a level). */
        static final int CAPACITY = 256;
        private IndexCatalog catalog;
        private final Map<List<Object>, Query> filters = new HashMap<>();

        synchronized Query filter(ViewerRole role, IndexCatalog catalog, Map<String, List<String>> requested)
                throws QueryProblem {
            if (catalog != this.catalog) {
                filters.clear();
                this.catalog = catalog;
            }
            List<Object> key = List.of(role, List.copyOf(requested.getOrDefault(ClauseFields.PLAN, List.of())),
                    List.copyOf(requested.getOrDefault(ClauseFields.VERSION, List.of())),
                    List.copyOf(requested.getOrDefault(ClauseFields.STATUS, List.of())));
            Query kept = filters.get(key);
            if (kept == null) {
                kept = Visibility.filter(role, catalog, requested);
                if (filters.size() >= CAPACITY) {
                    filters.clear();
                }
                filters.put(key, kept);
            }
            return kept;
        }
    }

    private static BytesRef key(IndexCatalog.Entry e) {
        return new BytesRef(ClauseFields.planVersion(e.plan(), e.version()));
    }
}
