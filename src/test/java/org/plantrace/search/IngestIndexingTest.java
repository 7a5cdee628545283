package org.plantrace.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plantrace.application.IngestService;
import org.plantrace.infrastructure.DataDirectory;
import org.plantrace.infrastructure.persistence.JpaPlanRepository;
import org.plantrace.infrastructure.persistence.PlanTracePersistence;

/** With the search as ingest's listener, a stored version is searchable at once and the index stays in step with the database. */
class IngestIndexingTest {
    @TempDir
    Path tmp;

    @Test
    void aFailingListenerDoesNotUndoTheIngestAndTheNextOpenRepairs() throws Exception {
        DataDirectory data = DataDirectory.at(tmp.resolve("data"));
        EntityManagerFactory factory = PlanTracePersistence.open(data, Map.of(PlanTracePersistence.LOGGING_LEVEL, "OFF"));
        try {
            JpaPlanRepository repository = new JpaPlanRepository(factory);
            ClauseSearch.open(data.searchIndex(), repository, SeedPlan.VOCABULARY).close();
            IngestService ingest = new IngestService(repository);
            ingest.setVersionListener(v -> {
                throw new IllegalStateException("index disk full");
            });
            assertEquals(1, ingest.ingest(Path.of("corpus/hunyuan"), true).version());
            assertTrue(repository.latestPublished("hunyuan-2021-2035").isPresent());
            try (ClauseSearch reopened = ClauseSearch.open(data.searchIndex(), repository, SeedPlan.VOCABULARY)) {
                assertTrue(reopened.repairedBecause().isPresent(), "the missed version makes the index stale");
                assertTrue(reopened.search(SearchRequest.of("防洪"), ViewerRole.PUBLIC).total() > 0);
            }
        } finally {
            factory.close();
        }
    }

    @Test
    void anIngestedVersionIsSearchableWithoutReindexing() throws Exception {
        DataDirectory data = DataDirectory.at(tmp.resolve("data"));
        EntityManagerFactory factory = PlanTracePersistence.open(data, Map.of(PlanTracePersistence.LOGGING_LEVEL, "OFF"));
        try {
            JpaPlanRepository repository = new JpaPlanRepository(factory);
            try (ClauseSearch search = ClauseSearch.open(data.searchIndex(), repository, SeedPlan.VOCABULARY)) {
                assertEquals(0, search.search(SearchRequest.of("防洪"), ViewerRole.PUBLIC).total());
                IngestService ingest = new IngestService(repository);
                ingest.setVersionListener(search);
                ingest.ingest(Path.of("corpus/hunyuan"), true);
                assertTrue(search.search(SearchRequest.of("防洪"), ViewerRole.PUBLIC).total() > 0);
                ingest.ingest(Path.of("corpus/hunyuan"), false);
                assertEquals(2, search.search(SearchRequest.of("防洪"), ViewerRole.DRAFTER).hits().get(0).version());
            }
            try (ClauseSearch reopened = ClauseSearch.open(data.searchIndex(), repository, SeedPlan.VOCABULARY)) {
                assertFalse(reopened.repairedBecause().isPresent(), "the listener kept the index in step: "
                        + reopened.repairedBecause());
            }
        } finally {
            factory.close();
        }
    }
}
