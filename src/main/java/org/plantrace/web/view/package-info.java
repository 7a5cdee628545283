/**
 * View models for the reading pages: plain records built from a published
 * {@link org.plantrace.domain.plan.PlanVersion}, so that Facelets only display and never walk the
 * domain tree. {@link org.plantrace.web.view.PlanIndex} does the walking once per version
 * (outline, breadcrumb, previous/next); {@link org.plantrace.web.view.MandatoryText} cuts a
 * clause's text into paragraphs with its underlined (强制性) runs marked;
 * {@link org.plantrace.citation.ClauseNumbering} gives every clause the number the pages show,
 * the source's where it is real, a derived and marked one where the export lost it.
 * {@link org.plantrace.web.view.ClauseAnnotator} builds a clause's links (indicator table, entity
 * chips, map features) from the link store's effective links, which
 * {@link org.plantrace.web.view.StoredLinks} reads on every view, or from the text when the store
 * has none for the clause.
 */
package org.plantrace.web.view;
