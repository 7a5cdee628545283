/**
 * The link store in the web app: {@link org.plantrace.web.links.LinkStartup} joins the link service
 * and the search index to everything that stores versions (ingest, authoring) in one ordered
 * {@link org.plantrace.application.VersionListeners}; {@link org.plantrace.web.links.LinkCuration}
 * gives drafters accept / reject / edit buttons for a clause's links and a form to add one for
 * selected words ({@code link-curation.js}; {@link org.plantrace.web.links.LinkTargets} checks
 * what they typed against the gazetteer); the findings page
 * ({@code /findings}, {@link org.plantrace.web.links.FindingsPage}) lists the plan's lint findings
 * pinned to clauses, for those who may view findings.
 */
package org.plantrace.web.links;
