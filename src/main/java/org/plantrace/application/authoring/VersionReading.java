package org.plantrace.application.authoring;

import java.util.List;
import java.util.Optional;
import org.plantrace.domain.account.Action;
import org.plantrace.domain.account.Actor;
import org.plantrace.domain.account.Permissions;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.domain.plan.PlanVersion;

/**
 * Reading versions as the actor may see them: public versions for everyone, drafts and versions in
 * review only with {@code VIEW_DRAFT}. Reads take no plan lock: a page view must never wait behind
 * a drafter's save.
 */
final class VersionReading {
    private final DraftStore store;

    VersionReading(DraftStore store) {
        this.store = store;
    }

    List<PlanVersion> versions(Actor actor, String planCode) {
        Permissions.standard().require(actor, Action.VIEW_PUBLISHED);
        boolean drafts = Permissions.standard().allows(actor, Action.VIEW_DRAFT);
        return store.writer.versionList(planCode).stream().filter(v -> drafts || v.status().isPublic()).toList();
    }

    Optional<PlanVersion> version(Actor actor, String planCode, int number) {
        Permissions.standard().require(actor, Action.VIEW_PUBLISHED);
        return store.writer.version(planCode, number).filter(v -> visible(actor, v));
    }

    Optional<Clause> clause(Actor actor, String planCode, int number, String uid) {
        return version(actor, planCode, number).flatMap(v -> {
            List<Clause> path = ClauseTree.pathTo(v.clauses(), uid);
            return path.isEmpty() ? Optional.empty() : Optional.of(path.get(path.size() - 1));
        });
    }

    Optional<PlanVersion> workingVersion(Actor actor, String planCode) {
        Permissions.standard().require(actor, Action.VIEW_DRAFT);
        List<PlanVersion> all = store.writer.versionList(planCode);
        if (all.isEmpty() || all.get(all.size() - 1).status().isPublic()) {
            return Optional.empty();
        }
        return store.writer.version(planCode, all.get(all.size() - 1).number());
    }

    ApprovalState approvalState(Actor actor, String planCode, int version) {
        Permissions.standard().require(actor, Action.VIEW_DRAFT);
        Approval a = Approval.of(store.writer.history(planCode, version)); // a read: no plan lock for a page view
        return new ApprovalState(a.lastEditor(), a.approvedBy(), a.mayApprove(actor.username()));
    }

    private static boolean visible(Actor actor, PlanVersion v) {
        return v.status().isPublic() || Permissions.standard().allows(actor, Action.VIEW_DRAFT);
    }
}
