/**
 * The public reading pages: Faces backing beans for the plan outline ({@code /}) and the clause
 * page ({@code /clause/{uid}}), the filter that gives clauses their stable address, and the one
 * {@code @FacesConfig} bean that switches Faces onto CDI. Beans read plans only through
 * {@link org.plantrace.domain.plan.PlanRepository} and hand the pages view models from
 * {@link org.plantrace.web.view}; they never touch JPA.
 */
package org.plantrace.web;
