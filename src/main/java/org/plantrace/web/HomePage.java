package org.plantrace.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.plantrace.web.startup.StartupReport;
import org.plantrace.web.view.OutlineEntry;
import org.plantrace.web.view.PlanIndex;
import org.plantrace.web.view.PlanSummary;

/**
 * The home page: the shown plan's facts and its outline. When there is nothing to show it says
 * why (the start-up problem, or the store failing) rather than an empty page.
 */
@Named("home")
@RequestScoped
public class HomePage {
    private static final Logger LOG = Logger.getLogger(HomePage.class.getName());

    @Inject
    PublishedPlans plans;
    @Inject
    StartupReport startup;

    private PlanIndex index;
    private String problem;

    @PostConstruct
    void load() {
        try {
            Optional<PlanIndex> current = plans.current();
            index = current.orElse(null);
        } catch (RuntimeException e) {
            // the page must still render: say the store failed, log the details for the operator
            LOG.log(Level.WARNING, "reading the published plan failed", e);
            problem = org.plantrace.web.i18n.Texts.in("org.plantrace.web.i18n.Common", "home.msg.storeFailed", StartupReport.briefly(e));
        }
        if (problem == null) {
            problem = startup.explanation().map(org.plantrace.web.i18n.Texts::say).orElse(index == null ? org.plantrace.web.i18n.Texts.in("org.plantrace.web.i18n.Common", "home.msg.nothingPublished") : null);
        }
    }

    public boolean isAvailable() {
        return index != null;
    }

    /** The plan's level in the reader's language (the summary is cached for everyone, in Chinese). */
    public String getLevelWord() {
        return index == null ? "" : org.plantrace.web.i18n.Words.here(index.version().plan().level());
    }

    /** The version's status in the reader's language. */
    public String getStatusWord() {
        return index == null ? "" : org.plantrace.web.i18n.Words.here(index.version().status());
    }

    /** 第 N 版 / version N. */
    public String getVersionWord() {
        return index == null ? "" : org.plantrace.web.i18n.Texts.in("org.plantrace.web.i18n.Common", "home.versionNumber",
                index.version().number());
    }

    /** The 强制性 badge of the outline, in the reader's language. */
    public static String mandatoryBadge() {
        return org.plantrace.web.i18n.Texts.in("org.plantrace.web.i18n.Common", "outline.mandatory");
    }

    public PlanSummary getSummary() {
        return index == null ? null : index.summary();
    }

    public List<OutlineEntry> getOutline() {
        return index == null ? List.of() : index.outline();
    }

    /** What went wrong, in Chinese, or null. */
    public String getProblem() {
        return problem;
    }
}
