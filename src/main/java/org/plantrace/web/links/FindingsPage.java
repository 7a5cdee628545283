package org.plantrace.web.links;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import java.util.ResourceBundle;
import org.plantrace.citation.Citations;
import org.plantrace.application.findings.FindingsService;
import org.plantrace.domain.account.Action;
import org.plantrace.domain.plan.Plan;
import org.plantrace.domain.plan.PlanRepository;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.web.account.CurrentUser;
import org.plantrace.web.startup.StartupReport;

/**
 * {@code /findings}: the plan's lint findings for drafters, reviewers and admins. The newest
 * version of the plan the site shows is checked, draft or published. Anyone else gets 403
 * (the {@link org.plantrace.domain.account.AccessDeniedException} thrown here becomes the 403 page).
 */
@Named("findings")
@RequestScoped
public class FindingsPage {
    @Inject
    CurrentUser currentUser;
    @Inject
    FindingsService service;
    @Inject
    PlanRepository repository;
    @Inject
    StartupReport startup;

    private PlanVersion version;
    private FindingsView view;

    /** The view action: refuses first, then reads. */
    public void load() {
        currentUser.require(Action.VIEW_FINDINGS);
        version = planCode().flatMap(repository::latestVersion).orElse(null);
        if (version != null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            String base = faces.getExternalContext().getRequestContextPath();
            Citations citations = Citations.of(version.clauses());
            view = new FindingsView(service.findings(currentUser.actor(), version), base, citations::label,
                    ResourceBundle.getBundle(FindingsView.BUNDLE, faces.getViewRoot().getLocale()));
        }
    }

    private Optional<String> planCode() {
        return startup.planCode().or(() -> repository.plans().stream().map(Plan::code).findFirst());
    }

    public FindingsView getView() {
        return view;
    }

    /** 《…》 第 2 版（草案）. */
    public String getVersionTitle() {
        if (version == null) {
            return "";
        }
        java.util.Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return new java.text.MessageFormat(ResourceBundle.getBundle(FindingsView.BUNDLE, locale).getString("findings.versionTitle"), locale)
                .format(new Object[] {version.plan().name(), Integer.toString(version.number()),
                        org.plantrace.web.i18n.Words.word(version.status(), locale)});
    }
}
