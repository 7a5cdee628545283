package org.plantrace.web.authoring;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.plantrace.application.authoring.AuthoringService;
import org.plantrace.domain.account.Action;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.domain.plan.VersionStatus;
import org.plantrace.web.account.CurrentUser;

/**
 * {@code /plans/{code}/{n}}: one version's outline. Published and superseded versions are
 * public; a draft or a version in review is a 404 to anyone without {@code VIEW_DRAFT}. In the
 * draft, a drafter gets an edit link on every clause.
 */
@Named("versionPage")
@RequestScoped
public class VersionPage {
    @Inject
    AuthoringService authoring;
    @Inject
    CurrentUser user;

    private String plan;
    private int v;
    private String done;
    private PlanVersion version;
    private List<OutlineRow> rows;

    public void load() {
        version = plan == null ? null : authoring.version(user.actor(), plan, v).orElse(null);
        if (version == null) {
            Faces.notFound();
            return;
        }
        rows = OutlineRow.of(plan, v, version.clauses());
    }

    public PlanVersion getVersion() {
        return version;
    }

    public String getStatus() {
        return version.status().label();
    }

    public String getStatusKey() {
        return version.status().name().toLowerCase().replace('_', '-');
    }

    public String getCreated() {
        return VersionRow.time(version.createdAt());
    }

    public String getPublishedAt() {
        return VersionRow.time(version.publishedAt());
    }

    /** Whether the edit links show: the draft, to someone who may edit. */
    public boolean isEditable() {
        return version.status() == VersionStatus.DRAFT && user.may(Action.EDIT_CLAUSE);
    }

    public boolean isSuperseded() {
        return version.status() == VersionStatus.SUPERSEDED;
    }

    public boolean isUnpublished() {
        return !version.status().isPublic();
    }

    public List<OutlineRow> getRows() {
        return rows;
    }

    public String getVersionsPath() {
        return PlanPaths.versions(plan);
    }

    public String getDoneMessage() {
        return Done.message(done);
    }

    public String getPlan() {
        return plan;
    }

    public void setPlan(String plan) {
        this.plan = plan;
    }

    public int getV() {
        return v;
    }

    public void setV(int v) {
        this.v = v;
    }

    public String getDone() {
        return done;
    }

    public void setDone(String done) {
        this.done = done;
    }
}
