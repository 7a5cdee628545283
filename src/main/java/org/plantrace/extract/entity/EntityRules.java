package org.plantrace.extract.entity;

import java.util.List;
import org.plantrace.extract.lint.LintRule;

/** The lint rules of this package, in catalogue order (ENT001, ENT002). */
public final class EntityRules {
    private EntityRules() {
    }

    public static List<LintRule> all(EntityLinker linker) {
        return List.of(new NameVariantRule(linker), new TownshipCountRule(linker));
    }
}
