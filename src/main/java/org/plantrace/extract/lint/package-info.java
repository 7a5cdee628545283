/**
 * Plan lint: internal-consistency findings about a plan text, shared by every rule family.
 *
 * <p>Owns only the neutral model: {@link org.plantrace.extract.lint.Finding} (rule id, severity,
 * clause id, location, message in Chinese), {@link org.plantrace.extract.lint.Severity} and the
 * {@link org.plantrace.extract.lint.LintRule} contract, and {@link org.plantrace.extract.lint.PlanLint},
 * which runs a set of rules and orders their findings. The rules live with the extraction they
 * check (entity rules {@code ENTnnn} in {@code extract.entity}; others add their own prefix), so
 * this package never depends on them. Rule ids are stable: a drafter may cite them.
 *
 * <p>"No data" is never "consistent": a rule that cannot check (no gazetteer, no layer) says so
 * with an {@code info} finding rather than staying silent.
 */
package org.plantrace.extract.lint;
