package org.plantrace.application.authoring;

import static org.plantrace.application.authoring.DraftStore.checkRevision;
import static org.plantrace.application.authoring.DraftStore.draft;
import static org.plantrace.application.authoring.DraftStore.withClauses;

import java.util.List;
import java.util.Set;
import org.plantrace.application.audit.AuditTrail;
import org.plantrace.domain.account.Action;
import org.plantrace.domain.account.Actor;
import org.plantrace.domain.account.Permissions;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.MandatoryProvenance;
import org.plantrace.domain.clause.Span;
import org.plantrace.domain.message.Message;
import org.plantrace.domain.plan.PlanVersion;

/**
 * One clause's content changed in the draft: its heading and text, and which of its words are
 * mandatory (强制性). The clause keeps its place; only its row and one audit entry are written, and
 * a change that leaves the clause as it was writes nothing.
 */
final class ClauseEditing {
    private final DraftStore store;

    ClauseEditing(DraftStore store) {
        this.store = store;
    }

    Clause editClause(Actor actor, String planCode, int version, String uid, long expectedRevision,
            String heading, String text) {
        Permissions.standard().require(actor, Action.EDIT_CLAUSE);
        String newHeading = ClauseInput.heading(heading);
        String newText = ClauseInput.text(text);
        if (newHeading.isBlank() && newText.isBlank()) {
            throw new AuthoringException(Message.of("authoring.edit.empty"));
        }
        return changeClause(actor, "编辑条款", planCode, version, uid, expectedRevision, newHeading, newText, c -> {
            // a span the edit cuts into is stretched over the replacement, never silently dropped
            List<Span> spans = MandatorySpans.remap(c.text(), newText, c.mandatorySpans());
            boolean hadSpans = !c.mandatorySpans().isEmpty();
            MandatoryProvenance provenance = c.mandatoryProvenance();
            c.setHeading(newHeading);
            c.setText(newText);
            c.replaceMandatorySpans(spans);
            c.markMandatory(hadSpans && spans.isEmpty() ? null : provenance);
        });
    }

    Clause setMandatorySpans(Actor actor, String planCode, int version, String uid, long expectedRevision,
            List<Span> spans) {
        Permissions.standard().require(actor, Action.EDIT_CLAUSE);
        return changeClause(actor, "设定强制性范围", planCode, version, uid, expectedRevision, null, null, c -> {
            checkSpans(c, spans);
            applySpans(c, MandatorySpans.normalize(spans));
        });
    }

    Clause markMandatory(Actor actor, String planCode, int version, String uid, long expectedRevision, Span span) {
        Permissions.standard().require(actor, Action.EDIT_CLAUSE);
        return changeClause(actor, "标为强制性", planCode, version, uid, expectedRevision, null, null, c -> {
            Span s = span == null ? new Span(0, c.textLength()) : span;
            checkSpans(c, List.of(s));
            if (s.length() == 0) {
                throw new AuthoringException(Message.of("authoring.mandatory.noText"));
            }
            applySpans(c, MandatorySpans.add(currentSpans(c), s));
        });
    }

    Clause unmarkMandatory(Actor actor, String planCode, int version, String uid, long expectedRevision, Span span) {
        Permissions.standard().require(actor, Action.EDIT_CLAUSE);
        return changeClause(actor, "取消强制性", planCode, version, uid, expectedRevision, null, null, c -> {
            if (span == null) {
                applySpans(c, List.of());
                return;
            }
            checkSpans(c, List.of(span));
            applySpans(c, MandatorySpans.subtract(currentSpans(c), span));
        });
    }

    /** A whole-clause mark counts as one span over all the text, so that marking and unmarking compose. */
    private static List<Span> currentSpans(Clause c) {
        return c.mandatory() && c.mandatorySpans().isEmpty() ? List.of(new Span(0, c.textLength())) : c.mandatorySpans();
    }

    private static void applySpans(Clause c, List<Span> spans) {
        c.replaceMandatorySpans(spans);
        c.markMandatory(spans.isEmpty() ? null : MandatoryProvenance.MANUAL);
    }

    private static void checkSpans(Clause c, List<Span> spans) {
        for (Span s : spans) {
            if (s.end() > c.textLength()) {
                throw new AuthoringException(Message.of("authoring.mandatory.outside", s.start() + 1, s.end(), c.textLength()));
            }
        }
    }

    private interface ClauseChange {
        void apply(Clause clause);
    }

    private Clause changeClause(Actor actor, String detail, String planCode, int version, String uid,
            long expectedRevision, String yourHeading, String yourText, ClauseChange change) {
        PlanVersion[] after = new PlanVersion[1];
        Clause saved = store.write(planCode, work -> {
            PlanVersion v = draft(work, version);
            DraftTree tree = new DraftTree(v.clauses());
            Clause c = tree.find(uid);
            checkRevision(work, version, c, expectedRevision, yourHeading, yourText);
            String before = AuditText.of(c);
            change.apply(c);
            if (AuditText.of(c).equals(before)) {
                return c; // nothing changed: no row, no audit entry, nobody told
            }
            work.save(version, tree.roots());
            work.audit(AuditTrail.entry(store.clock, actor, Action.EDIT_CLAUSE, detail, planCode, version, uid, before,
                    AuditText.of(c)));
            after[0] = withClauses(v, tree.roots());
            return c;
        });
        if (after[0] != null) {
            store.tellChanged(after[0], Set.of(uid)); // one clause's content: links and index follow that clause only
        }
        return saved;
    }
}
