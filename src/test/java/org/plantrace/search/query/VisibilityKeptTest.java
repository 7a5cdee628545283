package org.plantrace.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;
import org.plantrace.domain.plan.VersionStatus;
import org.plantrace.search.ViewerRole;
import org.plantrace.search.index.ClauseFields;
import org.plantrace.search.index.IndexCatalog;

/** A kept visibility filter is the catalog's: a publication (a new catalog) must show at once. */
class VisibilityKeptTest {
    private static IndexCatalog catalog(IndexCatalog.Entry... entries) {
        return new IndexCatalog(IndexCatalog.LAYOUT, true, Set.of(entries));
    }

    @Test
    void keptPerCatalogRoleAndFilters() throws QueryProblem {
        Visibility.Kept kept = new Visibility.Kept();
        IndexCatalog first = catalog(new IndexCatalog.Entry("a", 1, VersionStatus.PUBLISHED),
                new IndexCatalog.Entry("a", 2, VersionStatus.DRAFT));
        Query publicOne = kept.filter(ViewerRole.PUBLIC, first, Map.of());
        assertSame(publicOne, kept.filter(ViewerRole.PUBLIC, first, Map.of()), "asked again: the same filter");
        assertEquals(Visibility.filter(ViewerRole.PUBLIC, first, Map.of()), publicOne);
        assertNotEquals(publicOne, kept.filter(ViewerRole.DRAFTER, first, Map.of()), "a drafter sees the draft");
        assertNotEquals(publicOne, kept.filter(ViewerRole.PUBLIC, first, Map.of("version", List.of("2"))));

        IndexCatalog published = catalog(new IndexCatalog.Entry("a", 1, VersionStatus.PUBLISHED),
                new IndexCatalog.Entry("a", 2, VersionStatus.PUBLISHED));
        Query afterPublication = kept.filter(ViewerRole.PUBLIC, published, Map.of());
        assertEquals(Visibility.filter(ViewerRole.PUBLIC, published, Map.of()), afterPublication);
        assertNotEquals(publicOne, afterPublication, "version 2, now published, replaces version 1");

        assertThrows(QueryProblem.class, () -> kept.filter(ViewerRole.PUBLIC, published, Map.of("version", List.of("x"))));
    }

    /** On a reader, excluding what a viewer may not see finds exactly what requiring what it may see finds. */
    @Test
    void theExclusionFindsWhatTheFilterFinds() throws Exception {
        IndexCatalog catalog = catalog(new IndexCatalog.Entry("a", 1, VersionStatus.PUBLISHED),
                new IndexCatalog.Entry("a", 2, VersionStatus.DRAFT), new IndexCatalog.Entry("b", 1, VersionStatus.PUBLISHED),
                new IndexCatalog.Entry("c", 1, VersionStatus.DRAFT));
        try (var dir = new org.apache.lucene.store.ByteBuffersDirectory();
                var writer = new org.apache.lucene.index.IndexWriter(dir,
                        new org.apache.lucene.index.IndexWriterConfig(new org.apache.lucene.analysis.core.KeywordAnalyzer()))) {
            // c#3: indexed, not yet in the catalog (an uncommitted version); b#1 says draft against its catalog entry
            String[][] docs = {{"a", "1", "published"}, {"a", "2", "draft"}, {"b", "1", "published"}, {"b", "1", "draft"},
                {"c", "1", "draft"}, {"c", "3", "published"}};
            for (String[] d : docs) {
                for (int i = 0; i < 3; i++) {
                    var doc = new org.apache.lucene.document.Document();
                    doc.add(new org.apache.lucene.document.StringField(ClauseFields.PLAN_VERSION,
                            ClauseFields.planVersion(d[0], Integer.parseInt(d[1])), org.apache.lucene.document.Field.Store.NO));
                    doc.add(new org.apache.lucene.document.StringField(ClauseFields.STATUS, d[2],
                            org.apache.lucene.document.Field.Store.NO));
                    writer.addDocument(doc);
                }
            }
            writer.commit();
            try (var reader = org.apache.lucene.index.DirectoryReader.open(dir)) {
                var searcher = new org.apache.lucene.search.IndexSearcher(reader);
                List<Map<String, List<String>>> requests = List.of(Map.of(), Map.of("plan", List.of("a")),
                        Map.of("version", List.of("2")), Map.of("status", List.of("draft")), Map.of("plan", List.of("x")));
                for (ViewerRole role : ViewerRole.values()) {
                    for (Map<String, List<String>> request : requests) {
                        Visibility.Scope scope = new Visibility.Kept().scope(reader, role, catalog, request);
                        var required = new org.apache.lucene.search.BooleanQuery.Builder()
                                .add(new org.apache.lucene.search.MatchAllDocsQuery(), org.apache.lucene.search.BooleanClause.Occur.FILTER)
                                .add(Visibility.filter(role, catalog, request), org.apache.lucene.search.BooleanClause.Occur.FILTER);
                        var excluded = new org.apache.lucene.search.BooleanQuery.Builder()
                                .add(new org.apache.lucene.search.MatchAllDocsQuery(), org.apache.lucene.search.BooleanClause.Occur.FILTER);
                        scope.addTo(excluded);
                        assertEquals(docIds(searcher, required.build()), docIds(searcher, excluded.build()), role + " " + request);
                    }
                }
            }
        }
    }

    private static Set<Integer> docIds(org.apache.lucene.search.IndexSearcher searcher, Query q) throws java.io.IOException {
        Set<Integer> out = new java.util.TreeSet<>();
        for (var sd : searcher.search(q, 1000).scoreDocs) {
            out.add(sd.doc);
        }
        return out;
    }
}
