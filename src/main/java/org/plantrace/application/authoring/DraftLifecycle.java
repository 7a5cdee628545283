package org.plantrace.application.authoring;

import static org.plantrace.application.authoring.DraftStore.existing;
import static org.plantrace.application.authoring.DraftStore.newest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.plantrace.application.audit.AuditTrail;
import org.plantrace.domain.account.Action;
import org.plantrace.domain.account.Actor;
import org.plantrace.domain.account.Permissions;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.domain.message.Message;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.domain.plan.PlanWork;
import org.plantrace.domain.plan.VersionStatus;
import org.plantrace.ingest.identity.DurableIds;

/**
 * A version's life: open a draft, send it to review and back, approve, publish (superseding the
 * version published before), and replace the draft's whole text (an old version restored, an
 * upload confirmed). The four-eyes rule lives here: publishing needs an approval by someone other
 * than the last editor.
 */
final class DraftLifecycle {
    private final DraftStore store;

    DraftLifecycle(DraftStore store) {
        this.store = store;
    }

    PlanVersion openDraft(Actor actor, String planCode) {
        Permissions.standard().require(actor, Action.EDIT_CLAUSE);
        boolean[] created = {false};
        PlanVersion draft = store.write(planCode, work -> {
            PlanVersion newest = newest(work);
            if (newest.status() == VersionStatus.DRAFT) {
                return work.read(newest.number());
            }
            if (newest.status() == VersionStatus.IN_REVIEW) {
                throw new AuthoringException(Message.of("authoring.inReview.edit", newest.number()));
            }
            PlanVersion base = work.versions().stream().filter(v -> v.status() == VersionStatus.PUBLISHED)
                    .reduce((a, b) -> b).orElse(newest);
            PlanVersion copy = work.read(base.number());
            PlanVersion stored = work.create(new PlanVersion(copy.plan(), 0, VersionStatus.DRAFT, store.clock.instant(),
                    null, copy.sourceName(), copy.clauses()));
            work.audit(AuditTrail.entry(store.clock, actor, Action.EDIT_CLAUSE, "创建草案", planCode, stored.number(), "",
                    "", "复制自第 " + base.number() + " 版（" + base.status().label() + "）"));
            created[0] = true;
            return work.read(stored.number());
        });
        if (created[0]) {
            store.tell(draft);
        }
        return draft;
    }

    PlanVersion transition(Actor actor, Action action, String planCode, int version, VersionStatus from,
            VersionStatus to, Message doing) {
        String detail = doing.chinese();
        Permissions.standard().require(actor, action);
        PlanVersion changed = store.write(planCode, work -> {
            PlanVersion v = existing(work, version);
            if (v.status() != from) {
                throw new AuthoringException(Message.of("authoring.wrongStatus", version, v.status(), doing, from));
            }
            work.setStatus(version, to, v.publishedAt());
            work.audit(AuditTrail.entry(store.clock, actor, action, detail, planCode, version, "", from.label(), to.label()));
            return work.read(version);
        });
        store.tell(changed);
        return changed;
    }

    PlanVersion approve(Actor actor, String planCode, int version) {
        Permissions.standard().require(actor, Action.APPROVE_VERSION);
        return store.write(planCode, work -> {
            PlanVersion v = existing(work, version);
            if (v.status() != VersionStatus.IN_REVIEW) {
                throw new AuthoringException(Message.of("authoring.approve.notInReview", version, v.status()));
            }
            Approval approval = Approval.of(work.history(version));
            if (!approval.mayApprove(actor.username())) {
                throw new AuthoringException(Message.of("authoring.approve.ownChange", version));
            }
            work.audit(AuditTrail.entry(store.clock, actor, Action.APPROVE_VERSION, Approval.APPROVED, planCode, version,
                    "", "", "由 " + actor.username() + " 审查通过"));
            return work.read(version);
        });
    }

    PlanVersion publish(Actor actor, String planCode, int version) {
        Permissions.standard().require(actor, Action.PUBLISH);
        List<PlanVersion> changed = new ArrayList<>();
        store.write(planCode, work -> {
            PlanVersion v = existing(work, version);
            if (v.status() != VersionStatus.IN_REVIEW) {
                throw new AuthoringException(Message.of(v.status() == VersionStatus.DRAFT
                        ? "authoring.publish.draft" : "authoring.publish.notInReview", version, v.status()));
            }
            Approval approval = Approval.of(work.history(version));
            if (!approval.approved()) {
                if (!Permissions.standard().allows(actor, Action.APPROVE_VERSION) || !approval.mayApprove(actor.username())) {
                    throw new AuthoringException(Message.of("authoring.publish.notApproved", version));
                }
                work.audit(AuditTrail.entry(store.clock, actor, Action.APPROVE_VERSION, Approval.APPROVED, planCode,
                        version, "", "", "由 " + actor.username() + " 在发布时审查通过"));
            }
            for (PlanVersion old : work.versions()) {
                if (old.status() == VersionStatus.PUBLISHED) {
                    work.setStatus(old.number(), VersionStatus.SUPERSEDED, old.publishedAt());
                    work.audit(AuditTrail.entry(store.clock, actor, Action.PUBLISH, "被新版本替代", planCode, old.number(),
                            "", VersionStatus.PUBLISHED.label(),
                            VersionStatus.SUPERSEDED.label() + "（由第 " + version + " 版替代）"));
                    changed.add(work.read(old.number()));
                }
            }
            work.setStatus(version, VersionStatus.PUBLISHED, store.clock.instant());
            work.audit(AuditTrail.entry(store.clock, actor, Action.PUBLISH, "发布", planCode, version, "",
                    v.status().label(), VersionStatus.PUBLISHED.label()));
            changed.add(0, work.read(version));
            return null;
        });
        changed.forEach(store::tell);
        return changed.get(0);
    }

    PlanVersion restoreAsDraft(Actor actor, String planCode, int oldVersion) {
        Permissions.standard().require(actor, Action.RESTORE_VERSION);
        PlanVersion draft = store.write(planCode, work -> {
            PlanVersion old = work.read(existing(work, oldVersion).number());
            return replaceOrCreateDraft(work, actor, Action.RESTORE_VERSION, "以第 " + oldVersion + " 版恢复草案",
                    old.clauses(), old.sourceName(), oldVersion);
        });
        store.tell(draft);
        return draft;
    }

    PlanVersion storeDraft(Actor actor, String planCode, List<Clause> clauses, String sourceName) {
        Permissions.standard().require(actor, Action.UPLOAD_VERSION);
        if (clauses.isEmpty()) {
            throw new AuthoringException(Message.of("authoring.upload.empty"));
        }
        PlanVersion draft = store.write(planCode, work -> {
            ClauseTree.assignPathIds(clauses);
            boolean missing = ClauseTree.flatten(clauses).stream().anyMatch(c -> c.uid() == null || c.uid().isBlank());
            if (missing) {
                DurableIds.carryOver(clauses, work.read(newest(work).number()).clauses());
            }
            Set<String> seen = new HashSet<>();
            for (Clause c : ClauseTree.flatten(clauses)) {
                if (!seen.add(c.uid())) {
                    throw new AuthoringException(Message.of("authoring.upload.duplicateId", c.uid()));
                }
            }
            return replaceOrCreateDraft(work, actor, Action.UPLOAD_VERSION, "上传新文本：" + sourceName, clauses,
                    sourceName, 0);
        });
        store.tell(draft);
        return draft;
    }

    private PlanVersion replaceOrCreateDraft(PlanWork work, Actor actor, Action action, String detail,
            List<Clause> text, String sourceName, int restoredFrom) {
        String planCode = work.plan().code();
        PlanVersion newest = newest(work);
        if (newest.status() == VersionStatus.IN_REVIEW) {
            throw new AuthoringException(Message.of("authoring.inReview.replace", newest.number()));
        }
        if (newest.status() == VersionStatus.DRAFT) {
            if (newest.number() == restoredFrom) {
                throw new AuthoringException(Message.of("authoring.restore.isDraft", restoredFrom));
            }
            PlanVersion current = work.read(newest.number());
            work.save(newest.number(), text);
            work.setSource(newest.number(), sourceName);
            work.audit(AuditTrail.entry(store.clock, actor, action, detail + "（替换草案全文）", planCode, newest.number(),
                    "", AuditText.text(current.clauses()), AuditText.text(text)));
            return work.read(newest.number());
        }
        PlanVersion stored = work.create(new PlanVersion(work.plan(), 0, VersionStatus.DRAFT, store.clock.instant(), null,
                sourceName, text));
        work.audit(AuditTrail.entry(store.clock, actor, action, detail + "（新草案）", planCode, stored.number(), "", "",
                AuditText.text(text)));
        return work.read(stored.number());
    }
}
