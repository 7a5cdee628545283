package org.plantrace.web.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.plantrace.application.IngestResult;
import org.plantrace.application.IngestService;
import org.plantrace.ingest.InputRejectedException;
import org.plantrace.planpackage.PlanPackage;
import org.plantrace.planpackage.PlanPackages;

/**
 * On start-up, seeds the store with every plan package of the corpus (each folder with a
 * {@code plan.properties}, parents before their lower plans), published, so that
 * {@code mvn jetty:run} shows real plans at once; a package already stored is not read again.
 * Runs before the first request is served. A failure never stops the app, nor keeps the other
 * packages out: it is kept in the {@link StartupReport} for the home page.
 */
@ApplicationScoped
public class PlanLoader {
    private static final Logger LOG = Logger.getLogger(PlanLoader.class.getName());

    @Inject
    IngestService ingest;
    @Inject
    StartupReport report;

    void onStart(@Observes @Initialized(ApplicationScoped.class) ServletContext context) {
        load();
    }

    void load() {
        Path corpus = CorpusLocator.corpusRoot();
        if (!Files.isDirectory(corpus)) {
            fail("找不到规划资料目录 " + corpus + "（可用系统属性 -D" + CorpusLocator.PROPERTY + "=… 指定 corpus 目录）", null);
            return;
        }
        PlanPackages.forgetLocated(); // a fresh start reads the folders as they are now
        PlanPackages packages = PlanPackages.located();
        List<String> problems = new ArrayList<>(packages.problems());
        List<PlanPackage> all = packages.all();
        if (all.isEmpty() && problems.isEmpty()) {
            problems.add("规划资料目录 " + corpus + " 中没有规划资料包（含 plan.properties 的文件夹）");
        }
        for (PlanPackage plan : all) {
            load(plan).ifPresent(problems::add);
        }
        if (!problems.isEmpty()) {
            fail(String.join("；", problems), null);
        }
    }

    /** Ingests one package unless stored; the problem in Chinese, if any. */
    private Optional<String> load(PlanPackage plan) {
        Path folder = plan.folder().orElseThrow();
        try {
            Optional<IngestResult> result = ingest.ingestIfAbsent(folder, true);
            report.loaded(plan.code());
            result.ifPresentOrElse(
                    r -> LOG.info(() -> "ingested " + folder + " as " + plan.code() + " version " + r.version()
                            + " (" + r.clauseCount() + " clauses, " + r.warnings().size() + " parse notes)"),
                    () -> LOG.info(() -> plan.code() + " already stored; not ingested again"));
            return Optional.empty();
        } catch (InputRejectedException e) {
            LOG.log(Level.SEVERE, "plan package " + folder + " not ingested", e);
            return Optional.of("规划文本导入失败：" + e.getMessage());
        } catch (RuntimeException e) {
            // a broken store or reader must not keep the site down: the home page explains
            LOG.log(Level.SEVERE, "plan package " + folder + " not ingested", e);
            return Optional.of("启动时导入规划 " + plan.code() + " 失败（" + StartupReport.briefly(e) + "）。详细信息见服务器日志。");
        }
    }

    private void fail(String message, Exception e) {
        LOG.log(Level.SEVERE, message, e);
        report.failed(message);
    }
}
