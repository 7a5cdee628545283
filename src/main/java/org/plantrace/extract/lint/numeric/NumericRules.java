package org.plantrace.extract.lint.numeric;

import java.util.List;
import org.plantrace.extract.lint.LintRule;
import org.plantrace.ingest.InputRejectedException;
import org.plantrace.planpackage.PlanPackage;
import org.plantrace.spatial.LayerSet;

/** The numeric lint rules in catalogue order (NUM001–NUM006), NUM003 with the layers of the plan's package. */
public final class NumericRules {
    private NumericRules() {
    }

    /** The rules, NUM003 measuring {@code layers} (null: no layers, NUM003 reports "no data"). */
    public static List<LintRule> all(LayerSet layers) {
        return List.of(new ShareRule(), new SumRule(), new LayerAreaRule(layers), new PopulationRule(),
                new RepeatedIndicatorRule(), new TableAgreementRule());
    }

    /**
     * The rules for a plan, NUM003 measuring the layers of its package (its own, else its parent's;
     * see {@link PlanPackage#layers()}).
     */
    public static List<LintRule> forPackage(PlanPackage plan) {
        return all(readOrNull(plan));
    }

    /**
     * A folder whose layers cannot be read gives no layers: lint still runs, and NUM003 says it could
     * not check (the geometry report, not lint, is where a broken layer file is diagnosed).
     */
    private static LayerSet readOrNull(PlanPackage plan) {
        try {
            return plan.layers().orElse(null);
        } catch (InputRejectedException e) {
            return null;
        }
    }
}
