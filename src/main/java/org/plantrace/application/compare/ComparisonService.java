package org.plantrace.application.compare;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import org.plantrace.application.authoring.AuthoringService;
import org.plantrace.domain.account.Action;
import org.plantrace.domain.account.Actor;
import org.plantrace.domain.account.Permissions;
import org.plantrace.domain.compare.VersionComparer;
import org.plantrace.domain.plan.PlanVersion;

/**
 * Compares any two versions of a plan (drafts, versions in review, published, superseded) clause
 * by clause. Needs {@code COMPARE_VERSIONS}; versions are read through {@link AuthoringService}
 * so the same visibility rules apply as everywhere else.
 */
@ApplicationScoped
public class ComparisonService {
    private AuthoringService authoring;
    private final VersionComparer comparer = new VersionComparer();

    /** For CDI's client proxy only. */
    protected ComparisonService() {
    }

    @Inject
    public ComparisonService(AuthoringService authoring) {
        this.authoring = Objects.requireNonNull(authoring);
    }

    /** The versions the actor may compare, oldest first, without clauses. */
    public List<PlanVersion> versions(Actor actor, String planCode) {
        Permissions.standard().require(actor, Action.COMPARE_VERSIONS);
        return authoring.versions(actor, planCode);
    }

    /**
     * Compares version {@code older} with version {@code newer} (the numbers may come in either
     * order; the lower is treated as the older).
     */
    public Comparison compare(Actor actor, String planCode, int older, int newer) {
        Permissions.standard().require(actor, Action.COMPARE_VERSIONS);
        if (older == newer) {
            throw new ComparisonException("请选择两个不同的版本进行比较（现在两侧都是第 " + older + " 版）。");
        }
        int low = Math.min(older, newer);
        int high = Math.max(older, newer);
        PlanVersion a = version(actor, planCode, low);
        PlanVersion b = version(actor, planCode, high);
        return new Comparison(a, b, comparer.compare(a.clauses(), b.clauses()));
    }

    private PlanVersion version(Actor actor, String planCode, int number) {
        return authoring.version(actor, planCode, number).orElseThrow(() -> new ComparisonException(
                "规划 " + planCode + " 没有第 " + number + " 版，请从版本列表中选择。"));
    }
}
