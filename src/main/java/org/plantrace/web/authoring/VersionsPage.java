package org.plantrace.web.authoring;

import org.plantrace.web.i18n.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.plantrace.application.authoring.ApprovalState;
import org.plantrace.application.authoring.AuthoringException;
import org.plantrace.application.authoring.AuthoringService;
import org.plantrace.domain.account.Action;
import org.plantrace.domain.plan.Plan;
import org.plantrace.domain.plan.PlanRepository;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.web.account.CurrentUser;

/**
 * {@code /plans/{code}}: the plan's versions with their status, and the life-cycle buttons the
 * signed-in person may use (open the draft, submit, withdraw, approve, publish, start a new draft from
 * an old version's text). A version in review shows who last edited it and whether someone else
 * approved it (审查通过), which publishing needs. The version page offers the same actions (VersionPage).
 * The public sees the published and superseded versions only.
 * <p>
 * Request-scoped, not view-scoped: a view-scoped bean lives in the session, and the public reads
 * this page without one (issue #15 item 3). The life-cycle form carries the plan code itself, since
 * on a postback the buttons are decoded before the view parameters reach the bean.
 */
@Named("versionsPage")
@RequestScoped
public class VersionsPage {

    @Inject
    AuthoringService authoring;
    @Inject
    PlanRepository plans;
    @Inject
    CurrentUser user;

    private String plan;
    private String done;
    private Plan found;
    private List<VersionRow> rows;
    private java.util.Map<Integer, ApprovalState> approvals;

    /**
     * View action: 404 for an unknown plan, and for a plan none of whose versions the visitor may
     * read (a lower plan still in draft is not there for the public).
     */
    public void load() {
        if (plan() == null || getRows().isEmpty()) {
            Faces.notFound();
        }
    }

    private Plan plan() {
        if (plan == null) {
            // a postback: the form's hidden field, before the view parameter is applied
            String posted = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("plan");
            plan = posted == null || posted.isBlank() ? null : posted;
        }
        if (found == null && plan != null) {
            found = plans.plan(plan).orElse(null);
        }
        return found;
    }

    public List<VersionRow> getRows() {
        if (rows == null) {
            List<VersionRow> newestFirst = new java.util.ArrayList<>(plan() == null ? List.of()
                    : authoring.versions(user.actor(), plan).stream().map(VersionRow::of).toList());
            java.util.Collections.reverse(newestFirst);
            rows = newestFirst;
        }
        return rows;
    }

    public String getName() {
        return plan() == null ? "" : plan().name();
    }

    /** The working version's number, or 0 when the plan has none. */
    public int getWorking() {
        return getRows().stream().filter(r -> r.draft() || r.inReview()).mapToInt(VersionRow::number).findFirst().orElse(0);
    }

    public String getDoneMessage() {
        return Done.message(done);
    }

    public boolean may(String action) {
        return user.may(Action.valueOf(action));
    }

    public String getAuditPath() {
        return PlanPaths.audit(plan);
    }

    public String openDraft() {
        return act(() -> authoring.openDraft(user.actor(), plan), "opened", true);
    }

    public String submit(int version) {
        return act(() -> authoring.submitForReview(user.actor(), plan, version), "submitted", false);
    }

    public String withdraw(int version) {
        return act(() -> authoring.withdraw(user.actor(), plan, version), "withdrawn", false);
    }

    public String publish(int version) {
        return act(() -> authoring.publish(user.actor(), plan, version), "published", false);
    }

    /** 审查通过: the second pair of eyes publishing needs (refused to the version's last editor). */
    public String approve(int version) {
        return act(() -> authoring.approve(user.actor(), plan, version), "approved", false);
    }

    /** Who last edited a version in review and who approved it; read once per version and request. */
    public ApprovalState approval(int version) {
        if (approvals == null) {
            approvals = new java.util.HashMap<>();
        }
        return approvals.computeIfAbsent(version, n -> authoring.approvalState(user.actor(), plan, n));
    }

    public String restore(int version) {
        return act(() -> authoring.restoreAsDraft(user.actor(), plan, version), "restored", true);
    }

    /** Runs a change; on success redirects to the changed version (or back here), else shows why. */
    private String act(Supplier<PlanVersion> change, String what, boolean toVersion) {
        try {
            PlanVersion v = change.get();
            Faces.redirect((toVersion ? PlanPaths.version(plan, v.number()) : PlanPaths.versions(plan)) + "?done=" + what);
        } catch (AuthoringException e) {
            Faces.error(Texts.say(e));
            rows = null;
            approvals = null;
        }
        return null;
    }

    public String getPlan() {
        return plan;
    }

    public void setPlan(String plan) {
        this.plan = plan;
    }

    public String getDone() {
        return done;
    }

    public void setDone(String done) {
        this.done = done;
    }

    Optional<Plan> found() {
        return Optional.ofNullable(plan());
    }
}
