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
}
