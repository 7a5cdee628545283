package org.plantrace.web.authoring;

import org.plantrace.web.i18n.Texts;
import org.plantrace.web.i18n.Words;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.plantrace.application.authoring.ApprovalState;
import org.plantrace.application.authoring.AuthoringException;
import org.plantrace.application.authoring.AuthoringService;
import org.plantrace.domain.account.Action;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.domain.plan.VersionStatus;
import org.plantrace.web.account.CurrentUser;

/**
 * {@code /plans/{code}/{n}}: one version's outline. Published and superseded versions are
 * public; a draft or a version in review is a 404 to anyone without {@code VIEW_DRAFT}. In the
 * draft, a drafter gets an edit link on every clause; a draft or a version in review carries its
 * life-cycle buttons (提交审查, 审查通过, 发布) so that nobody has to go back to the list.
 *
 * <p>Request-scoped, so reading a published version creates no session. The life-cycle form posts
 * the plan and version as plain fields; the bean reads them when it is created, so its
 * {@code rendered} conditions hold while the postback is decoded (before view parameters apply).
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
    private ApprovalState approval;

    @PostConstruct
    void fromRequest() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null) {
            return;
        }
        Map<String, String> params = faces.getExternalContext().getRequestParameterMap();
        plan = params.get("plan");
        v = number(params.get("v"));
    }

    private static int number(String s) {
        if (s == null || !s.matches("\\d{1,9}")) {
            return 0;
        }
        return Integer.parseInt(s);
    }

    public void load() {
        if (version() == null) {
            Faces.notFound();
        }
    }

    private PlanVersion version() {
        if (version == null && plan != null && v > 0) {
            version = authoring.version(user.actor(), plan, v).orElse(null);
            rows = version == null ? null : OutlineRow.of(plan, v, version.clauses());
        }
        return version;
    }

    public PlanVersion getVersion() {
        return version();
    }

    public String getStatus() {
        return Words.here(version().status());
    }

    public String getStatusKey() {
        return version().status().name().toLowerCase().replace('_', '-');
    }

    public String getCreated() {
        return VersionRow.time(version().createdAt());
    }

    public String getPublishedAt() {
        return VersionRow.time(version().publishedAt());
    }

    /** Whether the edit links show: the draft, to someone who may edit. */
    public boolean isEditable() {
        return isDraft() && user.may(Action.EDIT_CLAUSE);
    }

    public boolean isDraft() {
        return version() != null && version().status() == VersionStatus.DRAFT;
    }

    public boolean isInReview() {
        return version() != null && version().status() == VersionStatus.IN_REVIEW;
    }

    public boolean isSuperseded() {
        return version().status() == VersionStatus.SUPERSEDED;
    }

    public boolean isUnpublished() {
        return !version().status().isPublic();
    }

    public List<OutlineRow> getRows() {
        version();
        return rows;
    }

    public String getVersionsPath() {
        return PlanPaths.versions(plan);
    }

    public String getDoneMessage() {
        return Done.message(done);
    }

    // ------------------------------------------------------------------ life cycle (issue #14.6)

    public boolean may(String action) {
        return user.may(Action.valueOf(action));
    }

    /** Who last edited this version in review and who approved it; null unless it is in review. */
    public ApprovalState getApproval() {
        if (approval == null && isInReview()) {
            approval = authoring.approvalState(user.actor(), plan, v);
        }
        return approval;
    }

    /** Whether the life-cycle toolbar shows: a draft or a version in review, to someone who can move it on. */
    public boolean isLifecycle() {
        return (isDraft() || isInReview())
                && (may("SUBMIT_FOR_REVIEW") || may("APPROVE_VERSION") || may("PUBLISH"));
    }

    public String submit() {
        return act(() -> authoring.submitForReview(user.actor(), plan, v), "submitted");
    }

    public String approve() {
        return act(() -> authoring.approve(user.actor(), plan, v), "approved");
    }

    public String publish() {
        return act(() -> authoring.publish(user.actor(), plan, v), "published");
    }

    /** Runs a change; on success shows the versions list with what happened, else says why here. */
    private String act(Supplier<PlanVersion> change, String what) {
        try {
            change.get();
            Faces.redirect(PlanPaths.versions(plan) + "?done=" + what);
        } catch (AuthoringException e) {
            Faces.error(Texts.say(e));
            version = null;
            approval = null;
        }
        return null;
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
