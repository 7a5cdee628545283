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
            problem = "读取规划数据时出错，规划数据库可能无法打开（" + StartupReport.briefly(e) + "）。详细信息见服务器日志。";
        }
        if (problem == null) {
            problem = startup.problem().orElse(index == null ? "尚无已发布的规划。" : null);
        }
    }

    public boolean isAvailable() {
        return index != null;
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
