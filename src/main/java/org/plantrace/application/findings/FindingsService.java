package org.plantrace.application.findings;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.plantrace.domain.account.Action;
import org.plantrace.domain.account.Actor;
import org.plantrace.domain.account.Permissions;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.extract.entity.EntityRules;
import org.plantrace.extract.lint.Finding;
import org.plantrace.extract.lint.LintRule;
import org.plantrace.extract.lint.PlanLint;
import org.plantrace.extract.lint.numeric.NumericRules;
import org.plantrace.planpackage.PlanPackage;
import org.plantrace.planpackage.PlanPackages;

/**
 * Runs plan lint over a stored version for someone who may view findings. The rules are the
 * command line's, over the plan's own package: entity rules with its gazetteer, numeric rules with
 * its layers (a plan without a package gets an empty gazetteer and no layers, and says so).
 */
@ApplicationScoped
public class FindingsService {
    private final Function<PlanVersion, List<LintRule>> rules;
    /** One version's findings: lint reads the whole plan and the layers, so it runs once per text. */
    private final Map<String, Cached> cache = new HashMap<>();

    private record Cached(long fingerprint, List<ClauseFinding> findings) {
    }

    public FindingsService() {
        this(FindingsService::standardRules);
    }

    public FindingsService(Function<PlanVersion, List<LintRule>> rules) {
        this.rules = Objects.requireNonNull(rules);
    }

    static List<LintRule> standardRules(PlanVersion version) {
        String code = version.plan().code();
        PlanPackage plan = PlanPackages.located().byCode(code).orElseGet(() -> PlanPackage.bare(code, null));
        List<LintRule> out = new ArrayList<>(EntityRules.all(PlanPackages.located().linker(code)));
        out.addAll(NumericRules.forPackage(plan));
        return out;
    }

    /**
     * The version's findings in rule order, each with its clause.
     *
     * @throws org.plantrace.domain.account.AccessDeniedException unless the actor may view findings
     */
    public List<ClauseFinding> findings(Actor actor, PlanVersion version) {
        Permissions.standard().require(actor, Action.VIEW_FINDINGS);
        String key = version.plan().code() + "#" + version.number();
        synchronized (cache) {
            Cached hit = cache.get(key);
            if (hit != null && hit.fingerprint() == fingerprint(version)) {
                return hit.findings();
            }
        }
        List<ClauseFinding> out = pin(version, new PlanLint(rules.apply(version)).check(version.clauses()));
        synchronized (cache) {
            cache.put(key, new Cached(fingerprint(version), out));
        }
        return out;
    }

    /** The text lint reads: an edit of any heading or text changes it. */
    static long fingerprint(PlanVersion version) {
        long h = 17;
        for (Clause c : ClauseTree.flatten(version.clauses())) {
            h = 31 * h + Objects.hash(c.uid(), c.eId(), c.heading(), c.text());
        }
        return h;
    }

    private static List<ClauseFinding> pin(PlanVersion version, List<Finding> findings) {
        Map<String, Clause> byEId = new HashMap<>();
        for (Clause c : ClauseTree.flatten(version.clauses())) {
            if (c.eId() != null) {
                byEId.put(c.eId(), c);
            }
        }
        List<ClauseFinding> out = new ArrayList<>();
        for (Finding f : findings) {
            Clause c = f.clauseId() == null ? null : byEId.get(f.clauseId());
            out.add(new ClauseFinding(f, c == null ? null : c.uid(), c == null ? "" : c.heading()));
        }
        return List.copyOf(out);
    }
}
