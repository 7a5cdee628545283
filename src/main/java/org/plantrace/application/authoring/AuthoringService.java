package org.plantrace.application.authoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.plantrace.application.VersionListener;
import org.plantrace.application.VersionListeners;
import org.plantrace.application.audit.AuditTrail;
import org.plantrace.domain.account.Action;
import org.plantrace.domain.account.Actor;
import org.plantrace.domain.account.Permissions;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseKind;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.domain.clause.MandatoryProvenance;
import org.plantrace.domain.clause.Span;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.domain.plan.PlanWork;
import org.plantrace.domain.plan.PlanWriter;
import org.plantrace.domain.plan.VersionStatus;
import org.plantrace.ingest.identity.DurableIds;

/**
 * Drafters write the plan here. A plan has at most one <em>working version</em>: its newest
 * version when that is a draft or in review. {@link #openDraft} returns the draft or starts one as
 * a copy of the latest published version (durable ids kept); clause edits and restructuring change
 * the draft in place; {@link #submitForReview}, {@link #withdraw} and {@link #publish} move it
 * through its life cycle, and publishing supersedes the previously published version.
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
    public static final int MAX_HEADING = 500;
    /** Longest clause text accepted, in characters. */
    public static final int MAX_TEXT = 50_000;

    private PlanWriter writer;
    private Clock clock;
    private final List<VersionListener> listeners = new CopyOnWriteArrayList<>();

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
        this.writer = Objects.requireNonNull(writer);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * Adds a listener told of every version this service changes, after commit; its failure is
     * logged and never undoes the change (derived data repairs itself).
     */
    public void addVersionListener(VersionListener listener) {
        Objects.requireNonNull(listener);
        if (!listeners.contains(listener)) {
            listeners.add(listener);
        }
    }

    public void removeVersionListener(VersionListener listener) {
        listeners.remove(listener);
    }

    // ------------------------------------------------------------------ reading

    /**
     * The versions of a plan the actor may see, oldest first, without clauses: everyone sees
     * published and superseded versions, {@code VIEW_DRAFT} adds drafts and versions in review.
     */
    public List<PlanVersion> versions(Actor actor, String planCode) {
        Permissions.standard().require(actor, Action.VIEW_PUBLISHED);
        boolean drafts = Permissions.standard().allows(actor, Action.VIEW_DRAFT);
        return writer.versionList(planCode).stream().filter(v -> drafts || v.status().isPublic()).toList();
    }

    /**
     * One version with its clauses, if it exists and the actor may see it. A draft asked for by
     * someone without {@code VIEW_DRAFT} is reported as absent: its existence is not revealed.
     */
    public Optional<PlanVersion> version(Actor actor, String planCode, int number) {
        Permissions.standard().require(actor, Action.VIEW_PUBLISHED);
        return writer.version(planCode, number).filter(v -> visible(actor, v));
    }

    /** One clause of a version, under the same visibility rule as {@link #version}. */
    public Optional<Clause> clause(Actor actor, String planCode, int number, String uid) {
        return version(actor, planCode, number).flatMap(v -> {
            List<Clause> path = ClauseTree.pathTo(v.clauses(), uid);
            return path.isEmpty() ? Optional.empty() : Optional.of(path.get(path.size() - 1));
        });
    }

    /** The working version (draft or in review), if there is one. Needs {@code VIEW_DRAFT}. */
    public Optional<PlanVersion> workingVersion(Actor actor, String planCode) {
        Permissions.standard().require(actor, Action.VIEW_DRAFT);
        List<PlanVersion> all = writer.versionList(planCode);
        if (all.isEmpty() || all.get(all.size() - 1).status().isPublic()) {
            return Optional.empty();
        }
        return writer.version(planCode, all.get(all.size() - 1).number());
    }

    private static boolean visible(Actor actor, PlanVersion v) {
        return v.status().isPublic() || Permissions.standard().allows(actor, Action.VIEW_DRAFT);
    }

    // ------------------------------------------------------------------ life cycle

    /**
     * The plan's draft, created if there is none as a copy of the latest published version (or,
     * when nothing was ever published, of the newest version), durable ids kept. Needs
     * {@code EDIT_CLAUSE}.
     *
     * @throws AuthoringException the plan is unknown, or its newest version is in review (it must
     *                            be withdrawn to draft first)
     */
    public PlanVersion openDraft(Actor actor, String planCode) {
        Permissions.standard().require(actor, Action.EDIT_CLAUSE);
        boolean[] created = {false};
        PlanVersion draft = write(planCode, work -> {
            PlanVersion newest = newest(work);
            if (newest.status() == VersionStatus.DRAFT) {
                return work.read(newest.number());
            }
            if (newest.status() == VersionStatus.IN_REVIEW) {
                throw new AuthoringException("第 " + newest.number() + " 版正在审查中。请先在版本列表中将其“撤回为草案”，再继续编辑。");
            }
            PlanVersion base = work.versions().stream().filter(v -> v.status() == VersionStatus.PUBLISHED)
                    .reduce((a, b) -> b).orElse(newest);
            PlanVersion copy = work.read(base.number());
            PlanVersion stored = work.create(new PlanVersion(copy.plan(), 0, VersionStatus.DRAFT, clock.instant(),
                    null, copy.sourceName(), copy.clauses()));
            work.audit(AuditTrail.entry(clock, actor, Action.EDIT_CLAUSE, "创建草案", planCode, stored.number(), "",
                    "", "复制自第 " + base.number() + " 版（" + base.status().label() + "）"));
            created[0] = true;
            return work.read(stored.number());
        });
        if (created[0]) {
            tell(draft);
        }
        return draft;
    }

    /** Sends the draft to review: DRAFT → IN_REVIEW. Needs {@code SUBMIT_FOR_REVIEW}. */
    public PlanVersion submitForReview(Actor actor, String planCode, int version) {
        return transition(actor, Action.SUBMIT_FOR_REVIEW, planCode, version, VersionStatus.DRAFT,
                VersionStatus.IN_REVIEW, "提交审查");
    }

    /** Takes a version back from review to be changed: IN_REVIEW → DRAFT. Needs {@code SUBMIT_FOR_REVIEW}. */
    public PlanVersion withdraw(Actor actor, String planCode, int version) {
        return transition(actor, Action.SUBMIT_FOR_REVIEW, planCode, version, VersionStatus.IN_REVIEW,
                VersionStatus.DRAFT, "撤回为草案");
    }

    /**
     * Approves a version in review (审查通过), recorded in the audit trail: the second pair of eyes
     * that publishing needs. Needs {@code APPROVE_VERSION}; refused to the version's last editor.
     */
    public PlanVersion approve(Actor actor, String planCode, int version) {
        Permissions.standard().require(actor, Action.APPROVE_VERSION);
        return write(planCode, work -> {
            PlanVersion v = existing(work, version);
            if (v.status() != VersionStatus.IN_REVIEW) {
                throw new AuthoringException("只有“审查中”的版本可以审查通过；第 " + version + " 版现为“"
                        + v.status().label() + "”。");
            }
            Approval approval = Approval.of(work.history(version));
            if (!approval.mayApprove(actor.username())) {
                throw new AuthoringException("您是第 " + version + " 版的最后编辑者，不能审批自己的修改；"
                        + "请由另一位审查人员或管理员审查通过。");
            }
            work.audit(AuditTrail.entry(clock, actor, Action.APPROVE_VERSION, Approval.APPROVED, planCode, version,
                    "", "", "由 " + actor.username() + " 审查通过"));
            return work.read(version);
        });
    }

    /** Who last edited a version and who approved it since its latest submission. */
    public ApprovalState approvalState(Actor actor, String planCode, int version) {
        Permissions.standard().require(actor, Action.VIEW_DRAFT);
        Approval a = Approval.of(writer.history(planCode, version)); // a read: no plan lock for a page view
        return new ApprovalState(a.lastEditor(), a.approvedBy(), a.mayApprove(actor.username()));
    }

    /**
     * Publishes a version in review: IN_REVIEW → PUBLISHED, and the version published before it
     * becomes SUPERSEDED (still public and citable). Needs {@code PUBLISH} and an approval by
     * someone other than the version's last editor (a reviewer's 审查通过; an admin who is not the
     * last editor approves by publishing, recorded as such).
     */
    public PlanVersion publish(Actor actor, String planCode, int version) {
        Permissions.standard().require(actor, Action.PUBLISH);
        List<PlanVersion> changed = new ArrayList<>();
        write(planCode, work -> {
            PlanVersion v = existing(work, version);
            if (v.status() != VersionStatus.IN_REVIEW) {
                throw new AuthoringException("只有“审查中”的版本可以发布；第 " + version + " 版现为“" + v.status().label()
                        + "”。" + (v.status() == VersionStatus.DRAFT ? "请先提交审查。" : ""));
            }
            Approval approval = Approval.of(work.history(version));
            if (!approval.approved()) {
                if (!Permissions.standard().allows(actor, Action.APPROVE_VERSION) || !approval.mayApprove(actor.username())) {
                    throw new AuthoringException("第 " + version + " 版尚未审查通过：发布前需要由最后编辑者以外的"
                            + "审查人员“审查通过”，或由管理员批准。");
                }
                work.audit(AuditTrail.entry(clock, actor, Action.APPROVE_VERSION, Approval.APPROVED, planCode, version,
                        "", "", "由 " + actor.username() + " 在发布时审查通过"));
            }
            for (PlanVersion old : work.versions()) {
                if (old.status() == VersionStatus.PUBLISHED) {
                    work.setStatus(old.number(), VersionStatus.SUPERSEDED, old.publishedAt());
                    work.audit(AuditTrail.entry(clock, actor, Action.PUBLISH, "被新版本替代", planCode, old.number(), "",
                            VersionStatus.PUBLISHED.label(), VersionStatus.SUPERSEDED.label() + "（由第 " + version + " 版替代）"));
                    changed.add(work.read(old.number()));
                }
            }
            work.setStatus(version, VersionStatus.PUBLISHED, clock.instant());
            work.audit(AuditTrail.entry(clock, actor, Action.PUBLISH, "发布", planCode, version, "",
                    v.status().label(), VersionStatus.PUBLISHED.label()));
            changed.add(0, work.read(version));
            return null;
        });
        changed.forEach(this::tell);
        return changed.get(0);
    }

    /**
     * Restores an old version's text as the draft: a new draft version when the plan has no
     * working version, otherwise the current draft's text is replaced (the replaced text is kept
     * in the audit trail; clauses whose text changes get a new revision, so open edit forms
     * conflict instead of overwriting). Needs {@code RESTORE_VERSION}.
     */
    public PlanVersion restoreAsDraft(Actor actor, String planCode, int oldVersion) {
        Permissions.standard().require(actor, Action.RESTORE_VERSION);
        PlanVersion draft = write(planCode, work -> {
            PlanVersion old = work.read(existing(work, oldVersion).number());
            return replaceOrCreateDraft(work, actor, Action.RESTORE_VERSION, "以第 " + oldVersion + " 版恢复草案",
                    old.clauses(), old.sourceName(), oldVersion);
        });
        tell(draft);
        return draft;
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
        Permissions.standard().require(actor, Action.UPLOAD_VERSION);
        if (clauses.isEmpty()) {
            throw new AuthoringException("上传的文本中没有条款，未保存。请确认文件是规划文本。");
        }
        PlanVersion draft = write(planCode, work -> {
            ClauseTree.assignPathIds(clauses);
            boolean missing = ClauseTree.flatten(clauses).stream().anyMatch(c -> c.uid() == null || c.uid().isBlank());
            if (missing) {
                DurableIds.carryOver(clauses, work.read(newest(work).number()).clauses());
            }
            Set<String> seen = new HashSet<>();
            for (Clause c : ClauseTree.flatten(clauses)) {
                if (!seen.add(c.uid())) {
                    throw new AuthoringException("上传的文本中条款编号 " + c.uid() + " 重复，未保存。请重新生成预览后再确认。");
                }
            }
            return replaceOrCreateDraft(work, actor, Action.UPLOAD_VERSION, "上传新文本：" + sourceName, clauses,
                    sourceName, 0);
        });
        tell(draft);
        return draft;
    }

    private PlanVersion replaceOrCreateDraft(PlanWork work, Actor actor, Action action, String detail,
            List<Clause> text, String sourceName, int restoredFrom) {
        String planCode = work.plan().code();
        PlanVersion newest = newest(work);
        if (newest.status() == VersionStatus.IN_REVIEW) {
            throw new AuthoringException("第 " + newest.number() + " 版正在审查中，不能替换其文本。请先将其“撤回为草案”。");
        }
        if (newest.status() == VersionStatus.DRAFT) {
            if (newest.number() == restoredFrom) {
                throw new AuthoringException("第 " + restoredFrom + " 版就是当前草案，无需恢复。");
            }
            PlanVersion current = work.read(newest.number());
            work.save(newest.number(), text);
            work.setSource(newest.number(), sourceName);
            work.audit(AuditTrail.entry(clock, actor, action, detail + "（替换草案全文）", planCode, newest.number(), "",
                    AuditText.text(current.clauses()), AuditText.text(text)));
            return work.read(newest.number());
        }
        PlanVersion stored = work.create(new PlanVersion(work.plan(), 0, VersionStatus.DRAFT, clock.instant(), null,
                sourceName, text));
        work.audit(AuditTrail.entry(clock, actor, action, detail + "（新草案）", planCode, stored.number(), "", "",
                AuditText.text(text)));
        return work.read(stored.number());
    }

    private PlanVersion transition(Actor actor, Action action, String planCode, int version, VersionStatus from,
            VersionStatus to, String detail) {
        Permissions.standard().require(actor, action);
        PlanVersion changed = write(planCode, work -> {
            PlanVersion v = existing(work, version);
            if (v.status() != from) {
                throw new AuthoringException("第 " + version + " 版现为“" + v.status().label() + "”，不能" + detail
                        + "（只有“" + from.label() + "”的版本可以）。请刷新页面查看最新状态。");
            }
            work.setStatus(version, to, v.publishedAt());
            work.audit(AuditTrail.entry(clock, actor, action, detail, planCode, version, "", from.label(), to.label()));
            return work.read(version);
        });
        tell(changed);
        return changed;
    }

    // ------------------------------------------------------------------ clause content

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
        Permissions.standard().require(actor, Action.EDIT_CLAUSE);
        String newHeading = cleanHeading(heading);
        String newText = cleanText(text);
        if (newHeading.isBlank() && newText.isBlank()) {
            throw new AuthoringException("标题和正文不能都为空。若要去掉本条款，请使用“删除”。");
        }
        return changeClause(actor, Action.EDIT_CLAUSE, "编辑条款", planCode, version, uid, expectedRevision,
                newHeading, newText, c -> {
                    List<Span> spans = MandatorySpans.remap(c.text(), newText, c.mandatorySpans());
                    boolean hadSpans = !c.mandatorySpans().isEmpty();
                    MandatoryProvenance provenance = c.mandatoryProvenance();
                    c.setHeading(newHeading);
                    c.setText(newText);
                    c.replaceMandatorySpans(spans);
                    c.markMandatory(hadSpans && spans.isEmpty() ? null : provenance);
                });
    }

    /** Replaces the clause's mandatory spans; an empty list makes it not mandatory. Needs {@code EDIT_CLAUSE}. */
    public Clause setMandatorySpans(Actor actor, String planCode, int version, String uid, long expectedRevision,
            List<Span> spans) {
        Permissions.standard().require(actor, Action.EDIT_CLAUSE);
        return changeClause(actor, Action.EDIT_CLAUSE, "设定强制性范围", planCode, version, uid, expectedRevision, null,
                null, c -> {
                    checkSpans(c, spans);
                    applySpans(c, MandatorySpans.normalize(spans));
                });
    }

    /**
     * Marks a span of the clause's text mandatory (added to the spans it has); the whole text when
     * {@code span} is null. Needs {@code EDIT_CLAUSE}.
     */
    public Clause markMandatory(Actor actor, String planCode, int version, String uid, long expectedRevision,
            Span span) {
        Permissions.standard().require(actor, Action.EDIT_CLAUSE);
        return changeClause(actor, Action.EDIT_CLAUSE, "标为强制性", planCode, version, uid, expectedRevision, null, null,
                c -> {
                    Span s = span == null ? new Span(0, c.textLength()) : span;
                    checkSpans(c, List.of(s));
                    if (s.length() == 0) {
                        throw new AuthoringException("本条没有正文，无法标出强制性文字。");
                    }
                    List<Span> current = c.mandatory() && c.mandatorySpans().isEmpty()
                            ? List.of(new Span(0, c.textLength())) : c.mandatorySpans();
                    applySpans(c, MandatorySpans.add(current, s));
                });
    }

    /**
     * Takes a span out of the clause's mandatory text; the whole marking when {@code span} is
     * null. Needs {@code EDIT_CLAUSE}.
     */
    public Clause unmarkMandatory(Actor actor, String planCode, int version, String uid, long expectedRevision,
            Span span) {
        Permissions.standard().require(actor, Action.EDIT_CLAUSE);
        return changeClause(actor, Action.EDIT_CLAUSE, "取消强制性", planCode, version, uid, expectedRevision, null, null,
                c -> {
                    if (span == null) {
                        applySpans(c, List.of());
                        return;
                    }
                    checkSpans(c, List.of(span));
                    List<Span> current = c.mandatory() && c.mandatorySpans().isEmpty()
                            ? List.of(new Span(0, c.textLength())) : c.mandatorySpans();
                    applySpans(c, MandatorySpans.subtract(current, span));
                });
    }

    /** Makes the clause not mandatory at all. Needs {@code EDIT_CLAUSE}. */
    public Clause clearMandatory(Actor actor, String planCode, int version, String uid, long expectedRevision) {
        return unmarkMandatory(actor, planCode, version, uid, expectedRevision, null);
    }

    private static void applySpans(Clause c, List<Span> spans) {
        c.replaceMandatorySpans(spans);
        c.markMandatory(spans.isEmpty() ? null : MandatoryProvenance.MANUAL);
    }

    private static void checkSpans(Clause c, List<Span> spans) {
        for (Span s : spans) {
            if (s.end() > c.textLength()) {
                throw new AuthoringException("所选范围（第 " + (s.start() + 1) + "–" + s.end() + " 字）超出了正文长度（"
                        + c.textLength() + " 字）。正文可能刚被修改，请刷新后重新选择。");
            }
        }
    }

    private interface ClauseChange {
        void apply(Clause clause);
    }

    private Clause changeClause(Actor actor, Action action, String detail, String planCode, int version, String uid,
            long expectedRevision, String yourHeading, String yourText, ClauseChange change) {
        PlanVersion[] after = new PlanVersion[1];
        Clause saved = write(planCode, work -> {
            PlanVersion v = draft(work, version);
            DraftTree tree = new DraftTree(v.clauses());
            Clause c = tree.find(uid);
            checkRevision(work, version, c, expectedRevision, yourHeading, yourText);
            String before = AuditText.of(c);
            change.apply(c);
            String now = AuditText.of(c);
            if (now.equals(before)) {
                after[0] = null;
                return c;
            }
            work.save(version, tree.roots());
            work.audit(AuditTrail.entry(clock, actor, action, detail, planCode, version, uid, before, AuditText.of(c)));
            after[0] = withClauses(v, tree.roots());
            return c;
        });
        if (after[0] != null) {
            tell(after[0]);
        }
        return saved;
    }

    private static void checkRevision(PlanWork work, int version, Clause c, long expected, String yourHeading,
            String yourText) {
        if (c.revision() != expected) {
            throw new ConcurrentEditException(work.plan().code(), version, c, work.lastEditor(version, c.uid()),
                    yourHeading == null ? c.heading() : yourHeading, yourText == null ? c.text() : yourText, expected);
        }
    }

    // ------------------------------------------------------------------ structure

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
        Permissions.standard().require(actor, Action.RESTRUCTURE);
        String newHeading = cleanHeading(heading);
        String newText = cleanText(text);
        return restructure(actor, "插入条款", planCode, version, (work, tree) -> {
            Clause anchor = tree.find(anchorUid);
            boolean child = placement == Placement.FIRST_CHILD || placement == Placement.LAST_CHILD;
            ClauseKind k = kind != null ? kind : !child ? anchor.kind()
                    : anchor.kind().level() == 0 ? ClauseKind.PARAGRAPH : ClauseKind.forLevel(anchor.kind().level() + 1);
            if (child && anchor.kind().level() == 0) {
                throw new AuthoringException("段落和表格不能有下级条款，请选择“插入在前”或“插入在后”。");
            }
            Clause fresh = new Clause(k, "", newHeading);
            fresh.setText(newText);
            fresh.setUid(DurableIds.mintNew(fresh, work.uidsEverUsed()));
            tree.place(fresh, anchor, placement);
            return new Restructured(fresh, "", AuditText.of(fresh), fresh.uid());
        });
    }

    /** Moves a clause with its sub-clauses to the placement relative to the anchor. Needs {@code RESTRUCTURE}. */
    public Clause moveClause(Actor actor, String planCode, int version, String uid, String anchorUid,
            Placement placement) {
        Permissions.standard().require(actor, Action.RESTRUCTURE);
        return restructure(actor, "移动条款", planCode, version, (work, tree) -> {
            Clause moved = tree.find(uid);
            Clause anchor = tree.find(anchorUid);
            if (DraftTree.within(anchor, moved)) {
                throw new AuthoringException("不能把条款移到它自身或它的下级条款旁边/之中，请选择别的位置。");
            }
            if (anchor.kind().level() == 0 && (placement == Placement.FIRST_CHILD || placement == Placement.LAST_CHILD)) {
                throw new AuthoringException("段落和表格不能有下级条款，请选择别的位置。");
            }
            String before = position(tree, moved);
            tree.remove(moved);
            tree.place(moved, anchor, placement);
            return new Restructured(moved, before, null, uid);
        });
    }

    /** Moves a clause before its previous sibling. Needs {@code RESTRUCTURE}. */
    public Clause moveUp(Actor actor, String planCode, int version, String uid) {
        return moveBy(actor, planCode, version, uid, -1);
    }

    /** Moves a clause after its next sibling. Needs {@code RESTRUCTURE}. */
    public Clause moveDown(Actor actor, String planCode, int version, String uid) {
        return moveBy(actor, planCode, version, uid, 1);
    }

    private Clause moveBy(Actor actor, String planCode, int version, String uid, int offset) {
        Permissions.standard().require(actor, Action.RESTRUCTURE);
        return restructure(actor, offset < 0 ? "上移条款" : "下移条款", planCode, version, (work, tree) -> {
            Clause moved = tree.find(uid);
            Clause neighbour = tree.sibling(moved, offset);
            if (neighbour == null) {
                throw new AuthoringException(offset < 0 ? "本条已是同级第一条，无法上移。" : "本条已是同级最后一条，无法下移。");
            }
            String before = position(tree, moved);
            tree.remove(moved);
            tree.place(moved, neighbour, offset < 0 ? Placement.BEFORE : Placement.AFTER);
            return new Restructured(moved, before, null, uid);
        });
    }

    /**
     * Indents a clause (降为下级): it becomes the last sub-clause of its previous sibling, one level
     * deeper (an article under an article becomes an item, its items sub-items), durable ids kept.
     * For a level the reader could not decide (issue #13 item 5). Needs {@code RESTRUCTURE}.
     */
    public Clause indent(Actor actor, String planCode, int version, String uid) {
        Permissions.standard().require(actor, Action.RESTRUCTURE);
        return restructure(actor, "降为下级", planCode, version, (work, tree) -> {
            Clause moved = tree.find(uid);
            Clause parent = tree.sibling(moved, -1);
            if (parent == null || parent.kind().level() == 0) {
                throw new AuthoringException("本条前面没有可作为上级的同级条款，无法降为下级。");
            }
            if (parent.kind().level() >= ClauseKind.SUB_ITEM.level() || !shiftable(moved, parent.kind().level() + 1)) {
                throw new AuthoringException("已是最深一级（项），无法再降为下级。");
            }
            String before = position(tree, moved);
            tree.remove(moved);
            tree.place(moved, parent, Placement.LAST_CHILD);
            shift(moved, parent.kind().level() + 1);
            return new Restructured(moved, before, null, uid);
        });
    }

    /** Outdents a clause (提升一级): it follows its parent as the parent's sibling, one level up. Needs {@code RESTRUCTURE}. */
    public Clause outdent(Actor actor, String planCode, int version, String uid) {
        Permissions.standard().require(actor, Action.RESTRUCTURE);
        return restructure(actor, "提升一级", planCode, version, (work, tree) -> {
            Clause moved = tree.find(uid);
            Clause parent = tree.parentOf(moved);
            if (parent == null) {
                throw new AuthoringException("本条已是顶层条款，无法再提升。");
            }
            String before = position(tree, moved);
            tree.remove(moved);
            tree.place(moved, parent, Placement.AFTER);
            shift(moved, parent.kind().level());
            return new Restructured(moved, before, null, uid);
        });
    }

    /** Whether a clause and its sub-clauses fit when the clause is put at {@code level} (1 = 章 … 5 = 项). */
    private static boolean shiftable(Clause c, int level) {
        if (c.kind().level() == 0) {
            return true;
        }
        return level <= ClauseKind.SUB_ITEM.level() && c.children().stream().allMatch(k -> shiftable(k, level + 1));
    }

    /** Gives a clause the kind of {@code level} and its numbered sub-clauses the levels below; paragraphs stay. */
    private static void shift(Clause c, int level) {
        if (c.kind().level() == 0) {
            return;
        }
        int capped = Math.min(Math.max(level, 1), ClauseKind.SUB_ITEM.level());
        for (ClauseKind k : ClauseKind.values()) {
            if (k.level() == capped) {
                c.setKind(k);
            }
        }
        c.children().forEach(k -> shift(k, capped + 1));
    }

    /**
     * Deletes a clause with all its sub-clauses; the audit trail keeps their text. Needs
     * {@code RESTRUCTURE}.
     */
    public void deleteClause(Actor actor, String planCode, int version, String uid, long expectedRevision) {
        Permissions.standard().require(actor, Action.RESTRUCTURE);
        restructure(actor, "删除条款", planCode, version, (work, tree) -> {
            Clause gone = tree.find(uid);
            checkRevision(work, version, gone, expectedRevision, null, null);
            if (tree.roots().size() == 1 && tree.roots().get(0) == gone) {
                throw new AuthoringException("这是草案中唯一的顶层条款，不能删除。");
            }
            tree.remove(gone);
            return new Restructured(null, AuditText.subtree(gone), "", uid);
        });
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
        Permissions.standard().require(actor, Action.RESTRUCTURE);
        return restructure(actor, "拆分条款", planCode, version, (work, tree) -> {
            Clause first = tree.find(uid);
            checkRevision(work, version, first, expectedRevision, null, null);
            String text = first.text();
            if (offset <= 0 || offset >= text.length()) {
                throw new AuthoringException("请把光标放在正文中要拆分的位置（不能在正文开头或末尾），再点“在光标处拆分”。");
            }
            String before = AuditText.of(first);
            int firstEnd = offset;
            while (firstEnd > 0 && text.charAt(firstEnd - 1) == '\n') {
                firstEnd--;
            }
            int secondStart = offset;
            while (secondStart < text.length() && text.charAt(secondStart) == '\n') {
                secondStart++;
            }
            if (firstEnd == 0 || secondStart == text.length()) {
                throw new AuthoringException("拆分后有一部分没有正文，请把光标放在两段文字之间。");
            }
            boolean whole = first.mandatory() && first.mandatorySpans().isEmpty();
            List<Span> spans = List.copyOf(first.mandatorySpans());
            MandatoryProvenance provenance = first.mandatoryProvenance();
            Clause second = new Clause(first.kind(), "", "");
            second.setText(text.substring(secondStart));
            second.replaceMandatorySpans(MandatorySpans.slice(spans, secondStart, text.length()));
            first.setText(text.substring(0, firstEnd));
            first.replaceMandatorySpans(MandatorySpans.slice(spans, 0, firstEnd));
            first.markMandatory(whole || !first.mandatorySpans().isEmpty() ? provenance : null);
            second.markMandatory(whole || !second.mandatorySpans().isEmpty() ? provenance : null);
            for (Clause child : new ArrayList<>(first.children())) {
                first.removeChild(child);
                second.addChild(child);
            }
            second.setUid(DurableIds.mintNew(second, work.uidsEverUsed()));
            tree.place(second, first, Placement.AFTER);
            return new Restructured(second, before, AuditText.of(first) + "\n——\n" + AuditText.of(second), uid);
        });
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
        Permissions.standard().require(actor, Action.RESTRUCTURE);
        return restructure(actor, "合并条款", planCode, version, (work, tree) -> {
            Clause first = tree.find(uid);
            checkRevision(work, version, first, expectedRevision, null, null);
            Clause next = tree.sibling(first, 1);
            if (next == null) {
                throw new AuthoringException("本条是同级最后一条，没有可与之合并的下一条。");
            }
            if (!first.children().isEmpty()) {
                throw new AuthoringException("本条含有下级条款，合并会打乱阅读顺序。请先移走下级条款，或在下一条上操作。");
            }
            String before = AuditText.of(first) + "\n——\n" + AuditText.of(next);
            List<Span> spans = new ArrayList<>(wholeAsSpan(first));
            String base = first.text();
            StringBuilder text = new StringBuilder(base);
            if (!next.heading().isBlank()) {
                text.append(text.length() > 0 ? "\n" : "").append(next.heading());
            }
            if (!next.text().isEmpty()) {
                text.append(text.length() > 0 ? "\n" : "");
                spans.addAll(MandatorySpans.shift(wholeAsSpan(next), text.length()));
                text.append(next.text());
            }
            MandatoryProvenance provenance = first.mandatory() ? first.mandatoryProvenance() : next.mandatoryProvenance();
            first.setText(text.toString());
            applySpansKeeping(first, MandatorySpans.normalize(spans), provenance);
            for (Clause child : new ArrayList<>(next.children())) {
                next.removeChild(child);
                first.addChild(child);
            }
            tree.remove(next);
            return new Restructured(first, before, AuditText.of(first), uid);
        });
    }

    /** The clause's mandatory marking as spans: a whole-clause mark covers all its text. */
    private static List<Span> wholeAsSpan(Clause c) {
        if (!c.mandatory()) {
            return List.of();
        }
        return c.mandatorySpans().isEmpty() ? List.of(new Span(0, c.textLength())) : c.mandatorySpans();
    }

    private static void applySpansKeeping(Clause c, List<Span> spans, MandatoryProvenance provenance) {
        c.replaceMandatorySpans(spans);
        c.markMandatory(spans.isEmpty() ? null : provenance == null ? MandatoryProvenance.MANUAL : provenance);
    }

    private static String position(DraftTree tree, Clause c) {
        Clause parent = tree.parentOf(c);
        return "位置：" + c.eId() + "（" + (parent == null ? "顶层" : "属于 " + parent.displayTitle()) + "，第 "
                + (tree.indexOf(c) + 1) + " 个）";
    }

    private record Restructured(Clause result, String before, String after, String uid) {
    }

    private interface StructureChange {
        Restructured apply(PlanWork work, DraftTree tree);
    }

    private Clause restructure(Actor actor, String detail, String planCode, int version, StructureChange change) {
        PlanVersion[] after = new PlanVersion[1];
        Clause result = write(planCode, work -> {
            PlanVersion v = draft(work, version);
            java.util.Map<String, List<String>> shape = SourceNumbers.shape(v.clauses());
            DraftTree tree = new DraftTree(v.clauses());
            Restructured r = change.apply(work, tree);
            ClauseTree.assignPathIds(tree.roots());
            SourceNumbers.renumber(tree.roots(), shape);
            work.save(version, tree.roots());
            String afterText = r.after() != null ? r.after() : position(tree, r.result());
            work.audit(AuditTrail.entry(clock, actor, Action.RESTRUCTURE, detail, planCode, version, r.uid(),
                    r.before(), afterText));
            after[0] = withClauses(v, tree.roots());
            return r.result();
        });
        tell(after[0]);
        return result;
    }

    // ------------------------------------------------------------------ helpers

    private <T> T write(String planCode, java.util.function.Function<PlanWork, T> work) {
        try {
            return writer.write(planCode, work);
        } catch (IllegalArgumentException e) {
            throw new AuthoringException("找不到规划 " + planCode + "，请从版本列表重新进入。");
        }
    }

    private static PlanVersion newest(PlanWork work) {
        List<PlanVersion> all = work.versions();
        if (all.isEmpty()) {
            throw new AuthoringException("规划 " + work.plan().code() + " 还没有任何版本，请先导入规划文本。");
        }
        return all.get(all.size() - 1);
    }

    private static PlanVersion existing(PlanWork work, int number) {
        return work.versions().stream().filter(v -> v.number() == number).findFirst()
                .orElseThrow(() -> new AuthoringException("规划 " + work.plan().code() + " 没有第 " + number + " 版，请从版本列表重新选择。"));
    }

    /** The version, read with its clauses, if it is the editable draft. */
    private static PlanVersion draft(PlanWork work, int number) {
        PlanVersion v = existing(work, number);
        if (!v.status().editable()) {
            throw new AuthoringException("第 " + number + " 版为“" + v.status().label() + "”，不能修改。"
                    + (v.status() == VersionStatus.IN_REVIEW ? "请先将其“撤回为草案”。" : "请打开草案进行编辑。"));
        }
        return work.read(number);
    }

    private static PlanVersion withClauses(PlanVersion v, List<Clause> roots) {
        return new PlanVersion(v.plan(), v.number(), v.status(), v.createdAt(), v.publishedAt(), v.sourceName(), roots);
    }

    /** Headings are one line: line breaks become spaces, control characters go. */
    static String cleanHeading(String heading) {
        String h = heading == null ? "" : heading.replaceAll("[\\r\\n\\t]+", " ").replaceAll("\\p{Cntrl}", "").strip();
        if (h.length() > MAX_HEADING) {
            throw new AuthoringException("标题有 " + h.length() + " 字，超过上限 " + MAX_HEADING + " 字，请缩短后再保存。");
        }
        return h;
    }

    /** Paragraphs are separated by '\n'; other control characters go; trailing blank lines too. */
    static String cleanText(String text) {
        String t = text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n')
                .replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "").stripTrailing();
        if (t.length() > MAX_TEXT) {
            throw new AuthoringException("正文有 " + t.length() + " 字，超过单个条款上限 " + MAX_TEXT + " 字。请拆分为多个条款。");
        }
        return t;
    }

    private void tell(PlanVersion version) {
        for (VersionListener listener : listeners) {
            try {
                listener.stored(version);
            } catch (RuntimeException e) {
                System.getLogger(AuthoringService.class.getName()).log(System.Logger.Level.WARNING,
                        "version changed, listener failed: " + version.plan().code() + " v" + version.number(), e);
            }
        }
    }
}
