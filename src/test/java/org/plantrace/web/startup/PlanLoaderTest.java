package org.plantrace.web.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plantrace.application.IngestService;
import org.plantrace.web.InMemoryPlanRepository;

class PlanLoaderTest {
    @TempDir
    Path corpus;
    private final InMemoryPlanRepository repository = new InMemoryPlanRepository();
    private final StartupReport report = new StartupReport();

    @AfterEach
    void forgetCorpus() {
        System.clearProperty(CorpusLocator.PROPERTY);
    }

    private void start() {
        System.setProperty(CorpusLocator.PROPERTY, corpus.toString());
        PlanLoader loader = new PlanLoader();
        loader.ingest = new IngestService(repository);
        loader.report = report;
        loader.load();
    }

    @Test
    void ingestsAndPublishesTheHunyuanPlanOnce() throws Exception {
        copyHunyuan();

        start();
        start();

        assertTrue(report.problem().isEmpty(), () -> report.problem().get());
        assertEquals("hunyuan-2021-2035", report.planCode().orElseThrow());
        assertEquals(1, repository.versions("hunyuan-2021-2035").size(), "second start must not ingest again");
        assertTrue(repository.latestPublished("hunyuan-2021-2035").isPresent());
    }

    @Test
    void aCorpusWithoutPackagesIsReportedInChinese() {
        start();

        String problem = report.problem().orElseThrow();
        assertTrue(problem.startsWith("规划资料目录 " + corpus), problem);
        assertTrue(problem.contains("没有规划资料包"), problem);
    }

    @Test
    void aMissingCorpusIsReportedInChinese() {
        System.setProperty(CorpusLocator.PROPERTY, corpus.resolve("missing").toString());
        PlanLoader loader = new PlanLoader();
        loader.ingest = new IngestService(repository);
        loader.report = report;
        loader.load();

        String problem = report.problem().orElseThrow();
        assertTrue(problem.startsWith("找不到规划资料目录 " + corpus.resolve("missing")), problem);
    }

    @Test
    void aBrokenPackageIsReportedAndTheOthersStillLoad() throws Exception {
        copyHunyuan();
        Files.createDirectories(corpus.resolve("broken"));
        Files.writeString(corpus.resolve("broken/plan.properties"), "code=broken\nparent=no-such-plan\n");

        start();

        String problem = report.problem().orElseThrow();
        assertTrue(problem.contains("broken") && problem.contains("parent=no-such-plan"), problem);
        assertEquals("hunyuan-2021-2035", report.planCode().orElseThrow());
        assertTrue(repository.latestPublished("hunyuan-2021-2035").isPresent());
    }

    @Test
    void anUnreadableDocumentIsReportedInChineseAndTheAppGoesOn() throws Exception {
        copyHunyuan();
        Files.writeString(corpus.resolve("hunyuan/hunyuan-2021-2035.txt"), "");

        start();

        String problem = report.problem().orElseThrow();
        assertTrue(problem.startsWith("规划文本导入失败"), problem);
        assertTrue(problem.contains("文件为空"), problem);
        assertTrue(report.planCode().isEmpty());
    }

    private void copyHunyuan() throws Exception {
        Path from = Path.of("corpus/hunyuan");
        Path to = Files.createDirectories(corpus.resolve("hunyuan"));
        try (var files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }
}
