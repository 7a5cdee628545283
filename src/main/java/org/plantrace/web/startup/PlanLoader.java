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
import org.plantrace.domain.message.Message;
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
            fail(Message.of("startup.noCorpus", corpus, CorpusLocator.PROPERTY), null);
            return;
        }
        PlanPackages.forgetLocated(); // a fresh start reads the folders as they are now
        PlanPackages packages = PlanPackages.located();
        List<Message> problems = new ArrayList<>(packages.problems().stream().map(p -> Message.of("common.verbatim", p)).toList());
        List<PlanPackage> all = packages.all();
        if (all.isEmpty() && problems.isEmpty()) {
            problems.add(Message.of("startup.noPackages", corpus));
        }
        for (PlanPackage plan : all) {
            load(plan).ifPresent(problems::add);
        }
        if (!problems.isEmpty()) {
            fail(Message.of("common.verbatim", problems), null);
        }
    }

    /** Ingests one package unless stored; the problem, if any. */
    private Optional<Message> load(PlanPackage plan) {
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
            return Optional.of(Message.of("startup.rejected", e.explanation()));
        } catch (RuntimeException e) {
            // a broken store or reader must not keep the site down: the home page explains
            LOG.log(Level.SEVERE, "plan package " + folder + " not ingested", e);
            return Optional.of(Message.of("startup.failed", plan.code(), StartupReport.briefly(e)));
        }
    }

    private void fail(Message message, Exception e) {
        LOG.log(Level.SEVERE, message.chinese(), e);
        report.failed(message);
    }
}
