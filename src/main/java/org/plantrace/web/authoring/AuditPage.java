package org.plantrace.web.authoring;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.plantrace.application.audit.AuditTrail;
import org.plantrace.domain.account.Action;
import org.plantrace.domain.audit.AuditEntry;
import org.plantrace.domain.audit.AuditQuery;
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
    private int page = 1;
    private List<Row> rows;
    private long total;

    /** An entry as the page shows it. */
    public record Row(long id, String at, String who, String detail, int version, String clauseUid, String clausePath,
            String before, String after) {
    }

    public void load() {
        user.require(Action.VIEW_AUDIT);
        AuditQuery query = new AuditQuery(plan == null ? "" : plan, 0, uid, (Math.max(1, page) - 1) * PAGE, PAGE);
        total = audit.count(user.actor(), query);
        rows = audit.entries(user.actor(), query).stream().map(this::row).toList();
    }

    private Row row(AuditEntry e) {
        return new Row(e.id(), VersionRow.time(e.at()), e.username(), e.detail(), e.version(), e.clauseUid(),
                e.clauseUid().isEmpty() || e.version() == 0 ? "" : PlanPaths.clause(e.planCode(), e.version(), e.clauseUid()),
                e.before(), e.after());
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

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
