package org.plantrace.web.checklist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.plantrace.application.checklist.ChecklistService;
import org.plantrace.domain.plan.Plan;
import org.plantrace.domain.plan.PlanRepository;
import org.plantrace.transmission.output.ChecklistWriter;
import org.plantrace.web.startup.StartupReport;

/**
 * What the checklist pages and downloads share: the service, the writer, and which county plan the
 * site is about (the one the start-up loaded, else the first plan stored).
 */
@ApplicationScoped
public class ChecklistContext {
    private ChecklistService service;
    private PlanRepository repository;
    private StartupReport startup;
    private volatile ChecklistWriter writer;

    /** For CDI's proxy. */
    protected ChecklistContext() {
    }

    @Inject
    public ChecklistContext(ChecklistService service, PlanRepository repository, StartupReport startup) {
        this.service = service;
        this.repository = repository;
        this.startup = startup;
    }

    public ChecklistService service() {
        return service;
    }

    public Optional<String> planCode() {
        return startup.planCode().or(() -> repository.plans().stream().map(Plan::code).findFirst());
    }

    /** Built on first use: the Word template is located then, after start-up set the folders. */
    public ChecklistWriter writer() {
        ChecklistWriter w = writer;
        if (w == null) {
            w = ChecklistWriter.standard();
            writer = w;
        }
        return w;
    }
}
