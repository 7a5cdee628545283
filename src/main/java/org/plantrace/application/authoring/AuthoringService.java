package org.plantrace.application.authoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.plantrace.application.VersionListener;
import org.plantrace.application.VersionListeners;
import org.plantrace.domain.account.Action;
import org.plantrace.domain.account.Actor;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseKind;
import org.plantrace.domain.clause.Span;
import org.plantrace.domain.message.Message;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.domain.plan.PlanWriter;
import org.plantrace.domain.plan.VersionStatus;

/**
 * Drafters write the plan here. A plan has at most one <em>working version</em>: its newest
 * version when that is a draft or in review. {@link #openDraft} returns the draft or starts one as
 * a copy of the latest published version (durable ids kept); clause edits and restructuring change
 * the draft in place; {@link #submitForReview}, {@link #withdraw} and {@link #publish} move it
 * through its life cycle, and publishing supersedes the previously published version.
 *
 * <p>This class is a <em>facade</em>: the use cases live in {@link VersionReading} (reading
 * versions and approvals), {@link DraftLifecycle} (draft, review, approval, publishing, whole-text
 * replacement), {@link ClauseEditing} (one clause's heading, text and mandatory spans),
 * {@link StructureEditing} (insert, move, indent, outdent, delete) and {@link SplitAndMerge}. It
 * stays the one entry point so that the web beans, the review and upload services and the tests
 * keep calling the same methods while the use cases change independently.
 *
 * <p>Every method first checks the actor against the permission table ({@link AccessDeniedException
 * org.plantrace.domain.account.AccessDeniedException} when refused), then works in one transaction
 * holding the plan's write lock, writing its audit entry in that transaction, and after commit
 * tells the {@link VersionListener}s about each version it changed (search index, links).
 *
 * <p>Clause changes name the clause by version number and durable id and carry the revision the
 * drafter started from; if the stored revision differs, another drafter saved in between and the
 * change is refused with a {@link ConcurrentEditException} holding both texts. Bad input and
 * wrong states are refused with an {@link AuthoringException} whose Chinese message says what to
 * do. Nothing is stored when anything is refused.
 */
@ApplicationScoped
public class AuthoringService {
    /** Longest heading accepted, in characters. */
    public static final int MAX_HEADING = ClauseInput.MAX_HEADING;
    /** Longest clause text accepted, in characters. */
    public static final int MAX_TEXT = ClauseInput.MAX_TEXT;

    private DraftStore store;
    private VersionReading reading;
    private DraftLifecycle lifecycle;
    private ClauseEditing editing;
    private StructureEditing structure;
    private SplitAndMerge splitting;

    /** For CDI's client proxy only. */
    protected AuthoringService() {
    }

    /**
     * In the web app: every change is told to the app's {@link VersionListeners} (links first,
     * then the search index), the same bean ingest tells.
     */
    @Inject
    public AuthoringService(PlanWriter writer, VersionListeners listeners) {
        this(writer, Clock.systemUTC());
        addVersionListener(listeners);
    }

    /** Without listeners (add them with {@link #addVersionListener}): for tests and the command line. */
    public AuthoringService(PlanWriter writer) {
        this(writer, Clock.systemUTC());
    }

    public AuthoringService(PlanWriter writer, Clock clock) {
        store = new DraftStore(writer, clock);
        reading = new VersionReading(store);
        lifecycle = new DraftLifecycle(store);
        editing = new ClauseEditing(store);
        Restructuring frame = new Restructuring(store);
        structure = new StructureEditing(frame);
        splitting = new SplitAndMerge(frame);
    }

    /**
     * Adds a listener told of every version this service changes, after commit; its failure is
     * logged and never undoes the change (derived data repairs itself).
     */
    public void addVersionListener(VersionListener listener) {
        store.addListener(listener);
    }

    public void removeVersionListener(VersionListener listener) {
        store.removeListener(listener);
    }

    // ------------------------------------------------------------------ reading (VersionReading)

    /**
     * The versions of a plan the actor may see, oldest first, without clauses: everyone sees
     * published and superseded versions, {@code VIEW_DRAFT} adds drafts and versions in review.
     */
    public List<PlanVersion> versions(Actor actor, String planCode) {
        return reading.versions(actor, planCode);
    }

    /**
     * One version with its clauses, if it exists and the actor may see it. A draft asked for by
     * someone without {@code VIEW_DRAFT} is reported as absent: its existence is not revealed.
     */
    public Optional<PlanVersion> version(Actor actor, String planCode, int number) {
        return reading.version(actor, planCode, number);
    }

    /** One clause of a version, under the same visibility rule as {@link #version}. */
    public Optional<Clause> clause(Actor actor, String planCode, int number, String uid) {
        return reading.clause(actor, planCode, number, uid);
    }

    /** The working version (draft or in review), if there is one. Needs {@code VIEW_DRAFT}. */
    public Optional<PlanVersion> workingVersion(Actor actor, String planCode) {
        return reading.workingVersion(actor, planCode);
    }

    /** Who last edited a version and who approved it since its latest submission. */
    public ApprovalState approvalState(Actor actor, String planCode, int version) {
        return reading.approvalState(actor, planCode, version);
    }

    // ------------------------------------------------------------------ life cycle (DraftLifecycle)

    /**
     * The plan's draft, created if there is none as a copy of the latest published version (or,
     * when nothing was ever published, of the newest version), durable ids kept. Needs
     * {@code EDIT_CLAUSE}.
     *
     * @throws AuthoringException the plan is unknown, or its newest version is in review (it must
     *                            be withdrawn to draft first)
     */
    public PlanVersion openDraft(Actor actor, String planCode) {
        return lifecycle.openDraft(actor, planCode);
    }

    /** Sends the draft to review: DRAFT → IN_REVIEW. Needs {@code SUBMIT_FOR_REVIEW}. */
    public PlanVersion submitForReview(Actor actor, String planCode, int version) {
        return lifecycle.transition(actor, Action.SUBMIT_FOR_REVIEW, planCode, version, VersionStatus.DRAFT,
                VersionStatus.IN_REVIEW, Message.of("authoring.doing.submit"));
    }

    /** Takes a version back from review to be changed: IN_REVIEW → DRAFT. Needs {@code SUBMIT_FOR_REVIEW}. */
    public PlanVersion withdraw(Actor actor, String planCode, int version) {
        return lifecycle.transition(actor, Action.SUBMIT_FOR_REVIEW, planCode, version, VersionStatus.IN_REVIEW,
                VersionStatus.DRAFT, Message.of("authoring.doing.withdraw"));
    }

    /**
     * Approves a version in review (审查通过), recorded in the audit trail: the second pair of eyes
     * that publishing needs. Needs {@code APPROVE_VERSION}; refused to the version's last editor.
     */
    public PlanVersion approve(Actor actor, String planCode, int version) {
        return lifecycle.approve(actor, planCode, version);
    }

    /**
     * Publishes a version in review: IN_REVIEW → PUBLISHED, and the version published before it
     * becomes SUPERSEDED (still public and citable). Needs {@code PUBLISH} and an approval by
     * someone other than the version's last editor (a reviewer's 审查通过; an admin who is not the
     * last editor approves by publishing, recorded as such).
     */
    public PlanVersion publish(Actor actor, String planCode, int version) {
        return lifecycle.publish(actor, planCode, version);
    }

    /**
     * Restores an old version's text as the draft: a new draft version when the plan has no
     * working version, otherwise the current draft's text is replaced (the replaced text is kept
     * in the audit trail; clauses whose text changes get a new revision, so open edit forms
     * conflict instead of overwriting). Needs {@code RESTORE_VERSION}.
     */
    public PlanVersion restoreAsDraft(Actor actor, String planCode, int oldVersion) {
        return lifecycle.restoreAsDraft(actor, planCode, oldVersion);
    }

    /**
     * Stores a whole new text (an upload, after its preview was confirmed) as the draft, like
     * {@link #restoreAsDraft}: a new draft version, or the current draft's text replaced. The
     * given clauses get their path ids; if any lacks a durable id, ids are carried over from the
     * plan's newest version for the whole tree. Needs {@code UPLOAD_VERSION}.
     *
     * @throws AuthoringException the text is empty, durable ids repeat, or a version is in review
     */
    public PlanVersion storeDraft(Actor actor, String planCode, List<Clause> clauses, String sourceName) {
        return lifecycle.storeDraft(actor, planCode, clauses, sourceName);
    }

    // ------------------------------------------------------------------ clause content (ClauseEditing)

    /**
     * Saves a clause's heading and text. Mandatory spans are carried over the edit (a span the
     * edit cuts into is stretched over the replacement, never silently dropped). Needs
     * {@code EDIT_CLAUSE}.
     *
     * @param expectedRevision the clause's revision when the drafter opened it
     * @return the saved clause with its new revision
     * @throws ConcurrentEditException another drafter saved the clause since; nothing was saved
     */
    public Clause editClause(Actor actor, String planCode, int version, String uid, long expectedRevision,
            String heading, String text) {
        return editing.editClause(actor, planCode, version, uid, expectedRevision, heading, text);
    }

    /** Replaces the clause's mandatory spans; an empty list makes it not mandatory. Needs {@code EDIT_CLAUSE}. */
    public Clause setMandatorySpans(Actor actor, String planCode, int version, String uid, long expectedRevision,
            List<Span> spans) {
        return editing.setMandatorySpans(actor, planCode, version, uid, expectedRevision, spans);
    }

    /**
     * Marks a span of the clause's text mandatory (added to the spans it has); the whole text when
     * {@code span} is null. Needs {@code EDIT_CLAUSE}.
     */
    public Clause markMandatory(Actor actor, String planCode, int version, String uid, long expectedRevision,
            Span span) {
        return editing.markMandatory(actor, planCode, version, uid, expectedRevision, span);
    }

    /**
     * Takes a span out of the clause's mandatory text; the whole marking when {@code span} is
     * null. Needs {@code EDIT_CLAUSE}.
     */
    public Clause unmarkMandatory(Actor actor, String planCode, int version, String uid, long expectedRevision,
            Span span) {
        return editing.unmarkMandatory(actor, planCode, version, uid, expectedRevision, span);
    }

    /** Makes the clause not mandatory at all. Needs {@code EDIT_CLAUSE}. */
    public Clause clearMandatory(Actor actor, String planCode, int version, String uid, long expectedRevision) {
        return editing.unmarkMandatory(actor, planCode, version, uid, expectedRevision, null);
    }

    // ------------------------------------------------------------------ structure (StructureEditing, SplitAndMerge)

    /**
     * Inserts a new clause at the placement relative to the anchor; it gets a new durable id
     * (never one the plan used before), numbers and path ids are recomputed. Needs
     * {@code RESTRUCTURE}.
     *
     * @param kind the new clause's kind; null for the anchor's kind (as a sibling) or the next
     *             level down (as a sub-clause)
     * @return the new clause
     */
    public Clause insertClause(Actor actor, String planCode, int version, String anchorUid, Placement placement,
            ClauseKind kind, String heading, String text) {
        return structure.insertClause(actor, planCode, version, anchorUid, placement, kind, heading, text);
    }

    /** Moves a clause with its sub-clauses to the placement relative to the anchor. Needs {@code RESTRUCTURE}. */
    public Clause moveClause(Actor actor, String planCode, int version, String uid, String anchorUid,
            Placement placement) {
        return structure.moveClause(actor, planCode, version, uid, anchorUid, placement);
    }

    /** Moves a clause before its previous sibling. Needs {@code RESTRUCTURE}. */
    public Clause moveUp(Actor actor, String planCode, int version, String uid) {
        return structure.moveBy(actor, planCode, version, uid, -1);
    }

    /** Moves a clause after its next sibling. Needs {@code RESTRUCTURE}. */
    public Clause moveDown(Actor actor, String planCode, int version, String uid) {
        return structure.moveBy(actor, planCode, version, uid, 1);
    }

    /**
     * Indents a clause (降为下级): it becomes the last sub-clause of its previous sibling, one level
     * deeper (an article under an article becomes an item, its items sub-items), durable ids kept.
     * For a level the reader could not decide (issue #13 item 5). Needs {@code RESTRUCTURE}.
     */
    public Clause indent(Actor actor, String planCode, int version, String uid) {
        return structure.indent(actor, planCode, version, uid);
    }

    /** Outdents a clause (提升一级): it follows its parent as the parent's sibling, one level up. Needs {@code RESTRUCTURE}. */
    public Clause outdent(Actor actor, String planCode, int version, String uid) {
        return structure.outdent(actor, planCode, version, uid);
    }

    /**
     * Deletes a clause with all its sub-clauses; the audit trail keeps their text. Needs
     * {@code RESTRUCTURE}.
     */
    public void deleteClause(Actor actor, String planCode, int version, String uid, long expectedRevision) {
        structure.deleteClause(actor, planCode, version, uid, expectedRevision);
    }

    /**
     * Splits a clause's text at {@code offset}: the clause keeps the text before (and its durable
     * id, heading and number); the text after becomes a new clause of the same kind right after
     * it, with a new durable id, and takes over the sub-clauses so the reading order is unchanged.
     * Mandatory spans are split with the text. Needs {@code RESTRUCTURE}.
     *
     * @return the new second clause
     */
    public Clause split(Actor actor, String planCode, int version, String uid, long expectedRevision, int offset) {
        return splitting.split(actor, planCode, version, uid, expectedRevision, offset);
    }

    /**
     * Merges a clause with its next sibling: the sibling's heading (if any) and text are appended
     * to this clause's text as new paragraphs, its mandatory spans carried along, its sub-clauses
     * appended; the sibling's durable id retires. Refused when this clause has sub-clauses (the
     * merged text would jump ahead of them). Needs {@code RESTRUCTURE}.
     *
     * @return the merged clause
     */
    public Clause merge(Actor actor, String planCode, int version, String uid, long expectedRevision) {
        return splitting.merge(actor, planCode, version, uid, expectedRevision);
    }
}
