package org.plantrace.web.authoring;

import org.plantrace.web.i18n.Texts;
import org.plantrace.web.i18n.Words;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.plantrace.application.authoring.AuthoringException;
import org.plantrace.application.authoring.AuthoringService;
import org.plantrace.application.authoring.ConcurrentEditException;
import org.plantrace.application.authoring.Placement;
import org.plantrace.domain.account.Action;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.domain.clause.Span;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.domain.plan.VersionStatus;
import org.plantrace.web.account.CurrentUser;
import org.plantrace.citation.ClauseNumbering;
import org.plantrace.web.view.MandatoryText;
import org.plantrace.web.view.Paragraph;

/**
 * {@code /plans/{code}/{n}/clauses/{uid}/edit}: the clause editor. The form carries the revision
 * the drafter opened; saving against a newer stored revision shows both texts instead of
 * overwriting. Mandatory marking works on the selection in the text box, which
 * {@code resources/js/authoring.js} copies into two hidden fields (start, end); marking, splitting
 * and the like first save an edited text, so the selection's offsets always refer to the text
 * saved. Restructuring buttons are here too, each followed by a redirect so that a reload never
 * repeats a change.
 */
@Named("clauseEditor")
@ViewScoped
public class ClauseEditor implements java.io.Serializable {
    private static final String AUTHORING = "org.plantrace.web.i18n.Authoring";
    private static final long serialVersionUID = 1L;

    @Inject
    AuthoringService authoring;
    @Inject
    CurrentUser user;

    private String plan;
    private int v;
    private String uid;
    private String done;

    private String heading;
    private String text;
    private long revision;
    private Integer selStart;
    private Integer selEnd;

    private transient PlanVersion version;
    private transient Clause clause;
    private transient ConcurrentEditException conflict;

    /** View action on the first request: 404 unless the person may read drafts and the clause exists. */
    public void load() {
        if (!user.may(Action.VIEW_DRAFT) || !read()) {
            Faces.notFound();
            return;
        }
        user.require(Action.EDIT_CLAUSE);
        heading = clause.heading();
        text = clause.text();
        revision = clause.revision();
    }

    /** Reads the version and the clause; false when either is missing or not visible. */
    private boolean read() {
        version = plan == null || uid == null ? null : authoring.version(user.actor(), plan, v).orElse(null);
        List<Clause> path = version == null ? List.of() : ClauseTree.pathTo(version.clauses(), uid);
        clause = path.isEmpty() ? null : path.get(path.size() - 1);
        return clause != null;
    }

    /** The clause before this one in reading order, for the editor's 上一条; null at the start. */
    public OutlineRow getPrevious() {
        return neighbour(-1);
    }

    /** The clause after this one in reading order, for the editor's 下一条; null at the end. */
    public OutlineRow getNext() {
        return neighbour(1);
    }

    private OutlineRow neighbour(int step) {
        stored();
        List<Clause> flat = ClauseTree.flatten(version.clauses());
        for (int i = 0; i < flat.size(); i++) {
            if (flat.get(i).uid().equals(uid)) {
                int j = i + step;
                return j < 0 || j >= flat.size() ? null
                        : OutlineRow.row(plan, v, flat.get(j), 0, ClauseNumbering.of(version.clauses()));
            }
        }
        return null;
    }

    private Clause stored() {
        if (clause == null && !read()) {
            throw new AuthoringException(org.plantrace.web.i18n.Texts.in(AUTHORING, "editor.clauseGone"));
        }
        return clause;
    }

    // ------------------------------------------------------------------ actions

    public String save() {
        return act(() -> {
            saveText();
            return PlanPaths.edit(plan, v, uid) + "?done=saved";
        });
    }

    public String markMandatory() {
        return act(() -> {
            Span span = selection(org.plantrace.web.i18n.Texts.in(AUTHORING, "editor.markMandatory"));
            long rev = saveText();
            authoring.markMandatory(user.actor(), plan, v, uid, rev, span);
            return PlanPaths.edit(plan, v, uid) + "?done=marked";
        });
    }

    public String unmarkMandatory() {
        return act(() -> {
            Span span = selection(org.plantrace.web.i18n.Texts.in(AUTHORING, "editor.unmarkMandatory"));
            long rev = saveText();
            authoring.unmarkMandatory(user.actor(), plan, v, uid, rev, span);
            return PlanPaths.edit(plan, v, uid) + "?done=unmarked";
        });
    }

    public String clearMandatory() {
        return act(() -> {
            long rev = saveText();
            authoring.clearMandatory(user.actor(), plan, v, uid, rev);
            return PlanPaths.edit(plan, v, uid) + "?done=unmarked";
        });
    }

    public String split() {
        return act(() -> {
            if (selStart == null) {
                throw new AuthoringException(org.plantrace.web.i18n.Texts.in(AUTHORING, "editor.splitWhere"));
            }
            long rev = saveText();
            authoring.split(user.actor(), plan, v, uid, rev, selStart);
            return PlanPaths.edit(plan, v, uid) + "?done=split";
        });
    }

    public String merge() {
        return act(() -> {
            long rev = saveText();
            authoring.merge(user.actor(), plan, v, uid, rev);
            return PlanPaths.edit(plan, v, uid) + "?done=merged";
        });
    }

    public String moveUp() {
        return act(() -> {
            saveText();
            authoring.moveUp(user.actor(), plan, v, uid);
            return PlanPaths.edit(plan, v, uid) + "?done=moved";
        });
    }

    public String moveDown() {
        return act(() -> {
            saveText();
            authoring.moveDown(user.actor(), plan, v, uid);
            return PlanPaths.edit(plan, v, uid) + "?done=moved";
        });
    }

    /** 降为下级: the last sub-clause of the previous sibling, one level deeper (issue #13 item 5). */
    public String indent() {
        return act(() -> {
            saveText();
            authoring.indent(user.actor(), plan, v, uid);
            return PlanPaths.edit(plan, v, uid) + "?done=indented";
        });
    }

    /** 提升一级: after its parent, as the parent's sibling. */
    public String outdent() {
        return act(() -> {
            saveText();
            authoring.outdent(user.actor(), plan, v, uid);
            return PlanPaths.edit(plan, v, uid) + "?done=outdented";
        });
    }

    public String insertAfter() {
        return insert(Placement.AFTER);
    }

    public String insertChild() {
        return insert(Placement.LAST_CHILD);
    }

    private String insert(Placement placement) {
        return act(() -> {
            saveText();
            Clause fresh = authoring.insertClause(user.actor(), plan, v, uid, placement, null, org.plantrace.web.i18n.Texts.in(AUTHORING, "editor.newClause"), "");
            return PlanPaths.edit(plan, v, fresh.uid()) + "?done=inserted";
        });
    }

    public String delete() {
        return act(() -> {
            authoring.deleteClause(user.actor(), plan, v, uid, revision);
            return PlanPaths.version(plan, v) + "?done=deleted";
        });
    }

    /** Saves heading and text if the form changed them; returns the revision to continue from. */
    private long saveText() {
        Clause now = stored();
        String h = heading == null ? "" : heading;
        String t = text == null ? "" : text.replace("\r\n", "\n");
        if (revision == now.revision() && h.strip().equals(now.heading()) && t.stripTrailing().equals(now.text())) {
            return revision;
        }
        Clause saved = authoring.editClause(user.actor(), plan, v, uid, revision, heading, text);
        return saved.revision();
    }

    private Span selection(String what) {
        if (selStart == null || selEnd == null || selEnd <= selStart) {
            throw new AuthoringException(org.plantrace.web.i18n.Texts.in(AUTHORING, "editor.selectFirst", what));
        }
        return new Span(selStart, selEnd);
    }

    private interface Change {
        String run();
    }

    /** Runs a change: redirect on success; a conflict shows both texts; other refusals say why. */
    private String act(Change change) {
        try {
            Faces.redirect(change.run());
        } catch (ConcurrentEditException e) {
            conflict = e;
            // the next save, after the drafter has seen both texts, is against the stored revision
            revision = e.theirRevision();
            clause = null;
        } catch (AuthoringException e) {
            Faces.error(Texts.say(e));
            clause = null;
        }
        return null;
    }

    // ------------------------------------------------------------------ what the page shows

    public boolean isReady() {
        return clause != null || read();
    }

    public boolean isEditable() {
        return isReady() && version.status() == VersionStatus.DRAFT;
    }

    public String getStatus() {
        return Words.here(version.status());
    }

    public OutlineRow getSelf() {
        return OutlineRow.row(plan, v, stored(), 0, ClauseNumbering.of(version.clauses()));
    }

    public List<OutlineRow> getChildren() {
        ClauseNumbering numbering = ClauseNumbering.of(version.clauses());
        return stored().children().stream().map(c -> OutlineRow.row(plan, v, c, 1, numbering)).toList();
    }

    /** The saved text with its mandatory runs, for the preview under the form. */
    public List<Paragraph> getPreview() {
        return MandatoryText.paragraphs(stored());
    }

    public boolean isMandatory() {
        return stored().mandatory();
    }

    public long getStoredRevision() {
        return stored().revision();
    }

    public ConcurrentEditException getConflict() {
        return conflict;
    }

    /** The conflict's explanation in the reader's language. */
    public String getConflictMessage() {
        return conflict == null ? "" : Texts.say(conflict);
    }

    public String getDoneMessage() {
        return Done.message(done);
    }

    public String getVersionPath() {
        return PlanPaths.version(plan, v);
    }

    public String getCitePath() {
        return PlanPaths.clause(plan, v, uid);
    }

    public String getEditPath() {
        return PlanPaths.edit(plan, v, uid);
    }

    public int getMaxText() {
        return AuthoringService.MAX_TEXT;
    }

    public int getMaxHeading() {
        return AuthoringService.MAX_HEADING;
    }

    // ------------------------------------------------------------------ form and view parameters

    public String getHeading() {
        return heading;
    }

    public void setHeading(String heading) {
        this.heading = heading;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public long getRevision() {
        return revision;
    }

    public void setRevision(long revision) {
        this.revision = revision;
    }

    public Integer getSelStart() {
        return selStart;
    }

    public void setSelStart(Integer selStart) {
        this.selStart = selStart;
    }

    public Integer getSelEnd() {
        return selEnd;
    }

    public void setSelEnd(Integer selEnd) {
        this.selEnd = selEnd;
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

    public String getDone() {
        return done;
    }

    public void setDone(String done) {
        this.done = done;
    }
}
