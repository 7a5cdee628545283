package org.plantrace.web.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.io.FileNotFoundException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.plantrace.application.IngestResult;
import org.plantrace.application.IngestService;
import org.plantrace.application.PlanSource;
import org.plantrace.ingest.InputRejectedException;

/**
 * On start-up, seeds an empty store with the Hunyuan plan (corpus/hunyuan), published, so that
 * {@code mvn jetty:run} shows a real plan at once. Runs before the first request is served. A
 * failure never stops the app: it is kept in the {@link StartupReport} for the home page.
 */
@ApplicationScoped
public class PlanLoader {
    /** The plan folder inside the corpus that the site shows. */
    static final String PLAN_FOLDER = "hunyuan";
    private static final Logger LOG = Logger.getLogger(PlanLoader.class.getName());

    @Inject
    IngestService ingest;
    @Inject
    StartupReport report;

    void onStart(@Observes @Initialized(ApplicationScoped.class) ServletContext context) {
        load();
    }

    void load() {
        Path folder;
        try {
            folder = CorpusLocator.planFolder(PLAN_FOLDER);
        } catch (FileNotFoundException e) {
            fail(e.getMessage(), e);
            return;
        }
        try {
            Optional<IngestResult> result = ingest.ingestIfAbsent(folder, true);
            String code = result.map(r -> r.plan().code()).orElse(PlanSource.of(folder).code());
            report.loaded(code);
            result.ifPresentOrElse(
                    r -> LOG.info(() -> "ingested " + folder + " as " + code + " version " + r.version()
                            + " (" + r.clauseCount() + " clauses, " + r.warnings().size() + " parse notes)"),
                    () -> LOG.info(() -> code + " already stored; not ingested again"));
        } catch (InputRejectedException e) {
            fail("规划文本导入失败：" + e.getMessage(), e);
        } catch (RuntimeException e) {
            // a broken store or reader must not keep the site down: the home page explains
            fail("启动时导入规划失败（" + StartupReport.briefly(e) + "）。详细信息见服务器日志。", e);
        }
    }

    private void fail(String message, Exception e) {
        LOG.log(Level.SEVERE, message, e);
        report.failed(message);
    }
}
