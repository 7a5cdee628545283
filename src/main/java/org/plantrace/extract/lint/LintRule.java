package org.plantrace.extract.lint;

import java.util.List;
import org.plantrace.domain.clause.Clause;

/** A consistency rule with a stable id (ENT001, …); it reads the whole clause forest. */
public interface LintRule {
    String id();

    List<Finding> check(List<Clause> forest);
}
