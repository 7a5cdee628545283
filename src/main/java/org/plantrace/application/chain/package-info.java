/**
 * The plan chain (传导链): bringing a lower plan — a township plan, a detailed-plan unit, a village
 * plan — in under the plan that transmits to it. {@link org.plantrace.application.chain.LowerPlanService}
 * checks the parent exists, resolves the township against the parent's gazetteer (variants to the
 * canonical name), refuses a text that names another township in its title or that is the parent
 * plan itself, derives the lower plan's code ({@link org.plantrace.application.chain.LowerPlanCodes})
 * and stores the text through {@link org.plantrace.application.IngestService#store}: same readers,
 * same durable ids, same refusals as the county plan. Which gazetteer a parent has is asked of
 * {@link org.plantrace.application.chain.ParentGazetteers}, so this package assumes no plan.
 */
package org.plantrace.application.chain;
