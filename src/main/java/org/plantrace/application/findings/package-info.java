/**
 * The plan's lint findings for the people who may read them ({@code VIEW_FINDINGS}): every rule
 * family (entity ENTnnn, numeric NUMnnn) run over a stored version, each finding pinned to its
 * clause's durable id so that a page can link to it, "no data" kept apart from "consistent".
 * Results are kept per version: a version's text changes only through authoring, which stores it
 * again, and then the cache entry no longer matches.
 */
package org.plantrace.application.findings;
