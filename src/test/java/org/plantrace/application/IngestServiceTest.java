package org.plantrace.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.domain.plan.PlanLevel;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.domain.plan.VersionStatus;
import org.plantrace.infrastructure.DataDirectory;
import org.plantrace.infrastructure.persistence.JpaPlanRepository;
import org.plantrace.infrastructure.persistence.PlanTracePersistence;
import org.plantrace.ingest.InputRejectedException;
import org.plantrace.ingest.identity.IdReport;

class IngestServiceTest {
    static final Path SEED = Path.of("corpus/hunyuan");
    static final Instant NOW = Instant.parse("2025-06-01T02:00:00Z");

    @TempDir
    Path tmp;
    EntityManagerFactory factory;
    JpaPlanRepository repository;
    IngestService service;
    Path folder;

    @BeforeEach
    void setUp() throws IOException {
        factory = PlanTracePersistence.open(DataDirectory.at(tmp.resolve("data")),
                Map.of(PlanTracePersistence.LOGGING_LEVEL, "OFF"));
        repository = new JpaPlanRepository(factory);
        service = new IngestService(repository, Clock.fixed(NOW, ZoneOffset.UTC));
        folder = Files.createDirectories(tmp.resolve("hunyuan"));
        for (String name : List.of("plan.properties", "hunyuan-2021-2035.txt")) {
            Files.copy(SEED.resolve(name), folder.resolve(name));
        }
    }

    @AfterEach
    void tearDown() {
        factory.close();
    }

    @Test
    void aPlanFolderBecomesVersionOneOfTheDeclaredPlan() throws Exception {
        IngestResult result = service.ingest(folder, false);

        assertEquals("hunyuan-2021-2035", result.plan().code());
        assertEquals("浑源县国土空间总体规划（2021—2035年）", result.plan().name());
        assertEquals(PlanLevel.COUNTY, result.plan().level());
        assertEquals("山西省大同市浑源县（140225）", result.plan().region());
        assertEquals(1, result.version());
        assertEquals(VersionStatus.DRAFT, result.status());
        PlanVersion stored = repository.latestVersion("hunyuan-2021-2035").orElseThrow();
        List<Clause> clauses = ClauseTree.flatten(stored.clauses());
        assertEquals(result.clauseCount(), clauses.size());
        assertTrue(clauses.size() > 100, "the seed has hundreds of clauses: " + clauses.size());
        assertEquals(new IdReport(0, 0, clauses.size(), 0), result.ids());
        assertEquals(NOW, stored.createdAt());
        assertNull(stored.publishedAt());
        assertEquals("hunyuan-2021-2035.txt", stored.sourceName());
        clauses.forEach(c -> assertTrue(c.eId() != null && c.uid() != null, c.toString()));
    }

    @Test
    void reingestPublishesVersionTwoWithEveryIdKept() throws Exception {
        IngestResult first = service.ingest(folder, false);
        IngestResult second = service.ingest(folder, true);

        assertEquals(2, second.version());
        assertEquals(VersionStatus.PUBLISHED, second.status());
        assertEquals(new IdReport(first.clauseCount(), 0, 0, 0), second.ids());
        PlanVersion v1 = repository.versions("hunyuan-2021-2035").get(0);
        PlanVersion v2 = repository.latestPublished("hunyuan-2021-2035").orElseThrow();
        assertEquals(NOW, v2.publishedAt());
        assertEquals(uids(v1), uids(v2));
    }

    @Test
    void publishingANewTextSupersedesThePublishedVersionAndTellsTheListenerOfBoth() throws Exception {
        List<String> told = new java.util.ArrayList<>();
        IngestService listened = new IngestService(repository, Clock.fixed(NOW, ZoneOffset.UTC));
        listened.setVersionListener(v -> told.add(v.number() + ":" + v.status()));
        listened.ingest(folder, true);
        listened.ingest(folder, false);
        listened.ingest(folder, true);

        List<PlanVersion> versions = repository.versions("hunyuan-2021-2035");
        assertEquals(List.of(VersionStatus.SUPERSEDED, VersionStatus.DRAFT, VersionStatus.PUBLISHED),
                versions.stream().map(PlanVersion::status).toList(), "one published version per plan");
        assertEquals(NOW, versions.get(0).publishedAt(), "the superseded version keeps its publication date");
        assertEquals(3, repository.latestPublished("hunyuan-2021-2035").orElseThrow().number());
        assertEquals(List.of("1:PUBLISHED", "2:DRAFT", "3:PUBLISHED", "1:SUPERSEDED"), told,
                "the search index hears that version 1 is superseded");
    }

    @Test
    void ingestIfAbsentIngestsOnlyOnce() throws Exception {
        assertTrue(service.ingestIfAbsent(folder, true).isPresent());
        assertTrue(service.ingestIfAbsent(folder, true).isEmpty());
        assertEquals(1, repository.versions("hunyuan-2021-2035").size());
    }

    @Test
    void aBareFileIsNamedFromItsTitle() throws Exception {
        Path file = Files.copy(folder.resolve("hunyuan-2021-2035.txt"), tmp.resolve("浑源 总规 送审稿.txt"));

        IngestResult result = service.ingest(file, false);

        assertEquals("浑源-总规-送审稿", result.plan().code());
        assertEquals("浑源县国土空间总体规划（2021—2035年）", result.plan().name());
        assertEquals(PlanLevel.COUNTY, result.plan().level());
        assertEquals(2021, result.plan().periodFrom());
        assertEquals(2035, result.plan().periodTo());
    }

    @Test
    void aFolderWithoutPlanPropertiesIsRefused() throws Exception {
        Files.delete(folder.resolve("plan.properties"));
        InputRejectedException e = assertThrows(InputRejectedException.class, () -> service.ingest(folder, false));
        assertEquals("hunyuan", e.fileName());
        assertTrue(repository.plans().isEmpty());
    }

    @Test
    void planPropertiesMustNameADocumentInsideTheFolder() throws Exception {
        writeProperties("code=x\nname=测试\n");
        assertTrue(assertThrows(InputRejectedException.class, () -> service.ingest(folder, false))
                .problem().contains("document="));
        writeProperties("code=x\ndocument=../../etc/passwd\n");
        assertTrue(assertThrows(InputRejectedException.class, () -> service.ingest(folder, false))
                .problem().contains("文件夹之外"));
        writeProperties("code=x\ndocument=hunyuan-2021-2035.txt\nlevel=PROVINCE\n");
        assertTrue(assertThrows(InputRejectedException.class, () -> service.ingest(folder, false))
                .problem().contains("level=PROVINCE"));
        assertTrue(repository.plans().isEmpty());
    }

    @Test
    void aDocumentWithoutClausesIsRefusedAndNothingStored() throws Exception {
        Path blank = Files.writeString(tmp.resolve("blank.txt"), "\n\n   \n", StandardCharsets.UTF_8);
        assertThrows(InputRejectedException.class, () -> service.ingest(blank, false));
        assertTrue(repository.plans().isEmpty());
    }

    private void writeProperties(String content) throws IOException {
        Files.writeString(folder.resolve("plan.properties"), content, StandardCharsets.UTF_8);
    }

    private static List<String> uids(PlanVersion v) {
        return ClauseTree.flatten(v.clauses()).stream().map(Clause::uid).toList();
    }
}
