package org.plantrace.web.authoring;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.plantrace.application.audit.AuditTrail;
import org.plantrace.domain.account.Action;
import org.plantrace.domain.audit.AuditEntry;
import org.plantrace.domain.audit.AuditQuery;
import org.plantrace.web.NumberParameter;
import org.plantrace.web.account.CurrentUser;

/**
 * {@code /plans/{code}/audit}: the audit trail, newest first, 50 a page, optionally one clause's
 * ({@code ?uid=}). Read-only by construction: the page has no form and the trail no method that
 * changes an entry. Needs {@code VIEW_AUDIT} (403 otherwise).
 */
@Named("auditPage")
@RequestScoped
public class AuditPage {
    static final int PAGE = 50;

    @Inject
    AuditTrail audit;
    @Inject
    CurrentUser user;

    private String plan;
    private String uid;
    private NumberParameter pageParameter = NumberParameter.of(null);
    private int page = 1;
    private List<Row> rows;
    private long total;

    /** An entry as the page shows it. */
    public record Row(long id, String at, String who, String detail, int version, String clauseUid, String clausePath,
            String before, String after, String action) {
    }

    /**
     * Permission first, then the page number: malformed ({@code abc}, {@code 1.5},
     * {@code 99999999999}) is 400, a page past the last one 404, both before anything renders.
     */
    public void load() {
        user.require(Action.VIEW_AUDIT);
        if (pageParameter.malformed()) {
            NumberParameter.refuse(FacesContext.getCurrentInstance(), 400);
            return;
        }
        page = pageParameter.absent() ? 1 : pageParameter.value();
        String code = plan == null ? "" : plan;
        total = audit.count(user.actor(), new AuditQuery(code, 0, uid, 0, PAGE));
        if (page > 1 && (long) (page - 1) * PAGE >= total) {
            NumberParameter.refuse(FacesContext.getCurrentInstance(), 404);
            return;
        }
        AuditQuery query = new AuditQuery(code, 0, uid, (page - 1) * PAGE, PAGE);
        rows = audit.entries(user.actor(), query).stream().map(this::row).toList();
    }

    private Row row(AuditEntry e) {
        return new Row(e.id(), VersionRow.time(e.at()), e.username(), e.detail(), e.version(), e.clauseUid(),
                e.clauseUid().isEmpty() || e.version() == 0 ? "" : PlanPaths.clause(e.planCode(), e.version(), e.clauseUid()),
                e.before(), e.after(), org.plantrace.web.i18n.Words.here(e.action()));
    }

    public List<Row> getRows() {
        return rows;
    }

    public long getTotal() {
        return total;
    }

    public boolean isHasNext() {
        return (long) page * PAGE < total;
    }

    public String getNextPath() {
        return PlanPaths.audit(plan) + "?page=" + (page + 1) + (uid == null || uid.isEmpty() ? ""
                : "&uid=" + java.net.URLEncoder.encode(uid, java.nio.charset.StandardCharsets.UTF_8));
    }

    public String getVersionsPath() {
        return PlanPaths.versions(plan);
    }

    public String getPlan() {
        return plan;
    }

    public void setPlan(String plan) {
        this.plan = plan;
    }

    public String getUid() {
        return uid;
    }

    public void setUid(String uid) {
        this.uid = uid == null ? null : uid.strip();
    }

    public String getPage() {
        return pageParameter.absent() ? null : pageParameter.text();
    }

    /** Text, judged in {@link #load()} after the permission check. */
    public void setPage(String page) {
        this.pageParameter = NumberParameter.of(page);
    }
}
