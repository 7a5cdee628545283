package org.plantrace.application.authoring;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.plantrace.domain.account.Action;
import org.plantrace.domain.audit.AuditEntry;

/**
 * Four eyes on publishing (issue #14.6), read from one version's audit history: who last changed
 * its text, and whether someone else approved it (审查通过) since it was last sent to review. A
 * version can only be edited as a draft and every return to review is a new submission, so an
 * approval after the latest submission is an approval of exactly the text that would be published.
 *
 * @param lastEditor who last changed the text ("" when nobody did through PlanTrace, e.g. an ingest)
 * @param approvedBy who approved it since its latest submission ("" when nobody)
 */
record Approval(String lastEditor, String approvedBy) {
    /** The actions that change a version's text; the person behind the latest is its last editor. */
    static final Set<Action> TEXT_CHANGES = EnumSet.of(Action.EDIT_CLAUSE, Action.RESTRUCTURE,
            Action.UPLOAD_VERSION, Action.RESTORE_VERSION, Action.DECIDE_SUGGESTION);
    static final String SUBMITTED = "提交审查";
    static final String APPROVED = "审查通过";

    static Approval of(List<AuditEntry> history) {
        String editor = "";
        String approver = "";
        for (AuditEntry e : history) {
            if (TEXT_CHANGES.contains(e.action())) {
                editor = e.username();
                approver = ""; // cannot happen while in review; kept so that an edit always voids approval
            } else if (e.action() == Action.SUBMIT_FOR_REVIEW && e.detail().equals(SUBMITTED)) {
                approver = "";
            } else if (e.action() == Action.APPROVE_VERSION) {
                approver = e.username();
            }
        }
        return new Approval(editor, approver);
    }

    boolean approved() {
        return !approvedBy.isEmpty();
    }

    /** True if {@code username} may be the second pair of eyes: anyone but the last editor. */
    boolean mayApprove(String username) {
        return !username.equals(lastEditor);
    }
}
