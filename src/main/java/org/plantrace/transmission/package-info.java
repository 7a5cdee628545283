/**
 * Transmission (传导): the checklist of what the county plan binds each township plan and each
 * detailed-plan unit to, derived by rules kept as data in {@code templates/transmission/}, every
 * item traceable to the clauses and the rule it came from.
 *
 * <p>The model: {@link org.plantrace.transmission.Target}, {@link org.plantrace.transmission.Checklist},
 * {@link org.plantrace.transmission.ChecklistItem}, {@link org.plantrace.transmission.SourceClause},
 * {@link org.plantrace.transmission.QuantityTarget}, {@link org.plantrace.transmission.ChecklistDiff}.
 * The derivation: {@link org.plantrace.transmission.RuleBasedChecklists} applies the rows of
 * {@code rules.tsv} ({@link org.plantrace.transmission.DerivationRules}, located by
 * {@link org.plantrace.transmission.TemplatesLocator}), cutting requirement sentences with
 * {@link org.plantrace.transmission.RequirementCutter} and measuring areas on the layers.
 * Suspect links: {@link org.plantrace.transmission.ChecklistDiffs}. For planners: docs/transmission.md.
 */
package org.plantrace.transmission;
