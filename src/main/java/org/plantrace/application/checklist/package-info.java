/**
 * Use case: transmission checklists (传导清单) of a county plan version — the targets it binds,
 * the checklist of one target or of all, and the comparison with a base version (suspect items).
 * {@link org.plantrace.application.checklist.ChecklistService} checks the actor's permissions and
 * reads versions from {@link org.plantrace.domain.plan.PlanRepository}; the derivation itself is
 * {@link org.plantrace.transmission.Checklists}.
 */
package org.plantrace.application.checklist;
