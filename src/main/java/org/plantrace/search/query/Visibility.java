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

    private static BytesRef key(IndexCatalog.Entry e) {
        return new BytesRef(ClauseFields.planVersion(e.plan(), e.version()));
    }
}
