/**
 * The drafter's workspace and the citable version pages: {@code /plans} (plans),
 * {@code /plans/{code}} (versions with their life-cycle buttons), {@code /plans/{code}/{n}}
 * (a version's outline), {@code /plans/{code}/{n}/clauses/{uid}} (one clause of one version,
 * read-only, citable), {@code …/edit} (the clause editor with mandatory marking and restructuring),
 * {@code /plans/{code}/audit} (the audit trail, read-only). Published and superseded versions are
 * public; drafts and versions in review answer 404 to anyone without {@code VIEW_DRAFT}, so a
 * guessed address reveals nothing. Beans call {@link org.plantrace.application.authoring.AuthoringService}
 * with the session's actor; the service enforces the permissions.
 */
package org.plantrace.web.authoring;
