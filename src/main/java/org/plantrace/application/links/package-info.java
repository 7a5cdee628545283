/**
 * The link store's use cases ({@link org.plantrace.application.links.LinkService}).
 *
 * <p><b>For readers of links</b> (checklists, compare, review): ask
 * {@code LinkService.effectiveLinks(planCode, version)} for a version's links by clause uid, or
 * {@code effectiveLinks(planCode, version, clauseUid)} for one clause. "Effective" means every
 * status but {@code REJECTED}: extraction's unreviewed suggestions count, a drafter's edits and
 * additions count, rejections do not. Each {@link org.plantrace.domain.link.Link} says what it
 * points to ({@code IndicatorTarget}: name, op, value, unit, year, class; {@code FeatureTarget}:
 * gazetteer id, canonical name, type, layer kind; {@code IndicatorFeatureTarget}: the layer an
 * indicator measures, with the rule), the words it was read from (anchor) and who decided when.
 * {@code effectiveLinks(PlanVersion)} derives a version first if it never was.
 *
 * <p><b>Deriving</b>: {@link org.plantrace.application.links.LinkDerivation} suggests links from
 * the text (indicator extraction, the gazetteer, the rule table {@code corpus/links/indicator-layers.tsv},
 * see {@link org.plantrace.application.links.IndicatorLayerRules}). The service is a
 * {@link org.plantrace.application.VersionListener}, first in the app's
 * {@link org.plantrace.application.VersionListeners}: each stored, edited or re-statused version is
 * re-derived; drafter decisions survive where their words still match
 * ({@link org.plantrace.application.links.LinkMerge}), a new version inherits the previous one's
 * decisions clause by durable id, and only clauses whose links changed are rewritten.
 *
 * <p><b>Curating</b>: {@code accept}, {@code reject}, {@code edit}, {@code add} take an
 * {@link org.plantrace.domain.account.Actor} and require {@code CURATE_LINKS}; after each the
 * change listener (the search index) re-indexes the version.
 */
package org.plantrace.application.links;
