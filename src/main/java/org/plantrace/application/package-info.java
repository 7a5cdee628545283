/**
 * Use cases: reading a plan document into an identified clause tree and storing it as a new
 * version of its plan ({@link org.plantrace.application.IngestService}). Talks to the domain's
 * {@link org.plantrace.domain.plan.PlanRepository}, never to JPA.
 */
package org.plantrace.application;
