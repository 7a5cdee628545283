package org.plantrace.domain.account;

/**
 * Everything a person can ask PlanTrace to do. Which role may do which is data:
 * {@code permissions.tsv} next to this class, read by {@link Permissions}.
 */
public enum Action {
    /** Read published versions: everyone, signed in or not. */
    VIEW_PUBLISHED,
    /** Read drafts and versions in review. */
    VIEW_DRAFT,
    /** Edit a clause's heading and text, set or clear mandatory spans. */
    EDIT_CLAUSE,
    /** Insert, move, delete, split, merge clauses. */
    RESTRUCTURE,
    /** Accept, reject or edit suggested indicator and entity links. */
    CURATE_LINKS,
    /** Upload a new version of the whole text. */
    UPLOAD_VERSION,
    /** Bring a lower plan (township, detailed unit, village) in under a parent plan, as a draft. */
    UPLOAD_LOWER_PLAN,
    /** Send a draft to review, take it back. */
    SUBMIT_FOR_REVIEW,
    /** Publish a version (the previous published one becomes superseded). */
    PUBLISH,
    /** Restore an old version as a new draft. */
    RESTORE_VERSION,
    /** Compare two versions clause by clause. */
    COMPARE_VERSIONS,
    /** Comment on a clause or span, reply in a thread, suggest a text change. */
    COMMENT,
    /** Resolve or reopen a comment thread. */
    RESOLVE_COMMENT,
    /** Accept or reject a reviewer's suggested change. */
    DECIDE_SUGGESTION,
    /** Read the plan's lint findings. */
    VIEW_FINDINGS,
    /** Read the audit trail. */
    VIEW_AUDIT,
    /** Generate transmission checklists (published versions are open to everyone). */
    GENERATE_CHECKLIST,
    /** Create accounts, assign roles, unlock accounts. */
    MANAGE_ACCOUNTS,
    /**
     * Approve a version in review (审查通过) so that it may be published: the second pair of eyes,
     * never the version's last editor.
     */
    APPROVE_VERSION,
    /**
     * Run the conformance review (符合性审查) of a township plan and record the reviewer's work on it:
     * confirm or override findings, add findings, set the conclusion; read stored reviews and their 审查意见书.
     */
    CONFORMANCE_REVIEW
}
