package org.plantrace.web.authoring;

import org.plantrace.web.i18n.Words;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.plantrace.application.authoring.AuthoringService;
import org.plantrace.domain.account.Action;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.domain.plan.VersionStatus;
import org.plantrace.web.account.CurrentUser;
import org.plantrace.citation.ClauseNumbering;
import org.plantrace.web.view.MandatoryText;
import org.plantrace.web.view.Paragraph;

/**
 * {@code /plans/{code}/{n}/clauses/{uid}}: one clause as it reads in one version, read-only, for
 * citing. Public for published and superseded versions; for a draft or a version in review,
 * anyone without {@code VIEW_DRAFT} gets the same 404 as for an address that does not exist, so
 * guessing reveals neither the text nor that the draft exists.
 */
@Named("citedClause")
@RequestScoped
public class CitedClausePage {
    @Inject
    AuthoringService authoring;
    @Inject
    CurrentUser user;

    private String plan;
    private int v;
    private String uid;
    private PlanVersion version;
    private Clause clause;
    private List<OutlineRow> breadcrumb;
    private List<OutlineRow> children;
    private OutlineRow self;

    public void load() {
        version = plan == null || uid == null ? null : authoring.version(user.actor(), plan, v).orElse(null);
        List<Clause> path = version == null ? List.of() : ClauseTree.pathTo(version.clauses(), uid);
        if (path.isEmpty()) {
            Faces.notFound();
            return;
        }
        clause = path.get(path.size() - 1);
        ClauseNumbering numbering = ClauseNumbering.of(version.clauses());
        breadcrumb = new ArrayList<>();
        for (int i = 0; i < path.size() - 1; i++) {
            breadcrumb.add(OutlineRow.row(plan, v, path.get(i), i + 1, numbering));
        }
        self = OutlineRow.row(plan, v, clause, path.size(), numbering);
        children = clause.children().stream().map(c -> OutlineRow.row(plan, v, c, path.size() + 1, numbering)).toList();
    }

    public PlanVersion getVersion() {
        return version;
    }

    public Clause getClause() {
        return clause;
    }

    public OutlineRow getSelf() {
        return self;
    }

    public List<OutlineRow> getBreadcrumb() {
        return breadcrumb;
    }

    public List<OutlineRow> getChildren() {
        return children;
    }

    public List<Paragraph> getParagraphs() {
        return MandatoryText.paragraphs(clause);
    }

    /** True for a table clause: the page shows its paragraphs as the rows of a table. */
    public boolean isTable() {
        List<Paragraph> p = getParagraphs();
        return !p.isEmpty() && p.get(0).tableRow();
    }

    public boolean isHasMandatoryText() {
        return getParagraphs().stream().anyMatch(Paragraph::hasMandatory);
    }

    public String getStatus() {
        return Words.here(version.status());
    }

    public String getStatusKey() {
        return version.status().name().toLowerCase().replace('_', '-');
    }

    public boolean isUnpublished() {
        return !version.status().isPublic();
    }

    public boolean isSuperseded() {
        return version.status() == VersionStatus.SUPERSEDED;
    }

    public boolean isEditable() {
        return version.status() == VersionStatus.DRAFT && user.may(Action.EDIT_CLAUSE);
    }

    public String getVersionPath() {
        return PlanPaths.version(plan, v);
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

    public String getUid() {
        return uid;
    }

    public void setUid(String uid) {
        this.uid = uid;
    }
}
