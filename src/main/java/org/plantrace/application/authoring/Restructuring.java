package org.plantrace.application.authoring;

import static org.plantrace.application.authoring.DraftStore.draft;
import static org.plantrace.application.authoring.DraftStore.withClauses;

import java.util.List;
import java.util.Map;
import org.plantrace.application.audit.AuditTrail;
import org.plantrace.domain.account.Action;
import org.plantrace.domain.account.Actor;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.domain.plan.PlanWork;

/**
 * The frame every change of the draft's shape runs in ({@link StructureEditing}, {@link SplitAndMerge}):
 * read the draft under the plan's lock, apply the change to its tree, recompute path ids and the
 * numbers the source printed, save, audit, then tell the listeners. Numbers are recomputed here and
 * not by each change, so that no change can leave 第N条 out of order.
 */
final class Restructuring {
    private final DraftStore store;

    Restructuring(DraftStore store) {
        this.store = store;
    }

    /** What a change did, for its audit entry; {@code after} null means "where the result now stands". */
    record Restructured(Clause result, String before, String after, String uid) {
    }

    interface StructureChange {
        Restructured apply(PlanWork work, DraftTree tree);
    }

    Clause run(Actor actor, String detail, String planCode, int version, StructureChange change) {
        PlanVersion[] after = new PlanVersion[1];
        Clause result = store.write(planCode, work -> {
            PlanVersion v = draft(work, version);
            Map<String, List<String>> shape = SourceNumbers.shape(v.clauses());
            DraftTree tree = new DraftTree(v.clauses());
            Restructured r = change.apply(work, tree);
            ClauseTree.assignPathIds(tree.roots());
            SourceNumbers.renumber(tree.roots(), shape);
            work.save(version, tree.roots());
            String afterText = r.after() != null ? r.after() : position(tree, r.result());
            work.audit(AuditTrail.entry(store.clock, actor, Action.RESTRUCTURE, detail, planCode, version, r.uid(),
                    r.before(), afterText));
            after[0] = withClauses(v, tree.roots());
            return r.result();
        });
        store.tell(after[0]);
        return result;
    }

    /** Where a clause stands, in the words of the audit trail. */
    static String position(DraftTree tree, Clause c) {
        Clause parent = tree.parentOf(c);
        return "位置：" + c.eId() + "（" + (parent == null ? "顶层" : "属于 " + parent.displayTitle()) + "，第 "
                + (tree.indexOf(c) + 1) + " 个）";
    }
}
