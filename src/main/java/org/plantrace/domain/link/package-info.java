/**
 * Links: what a clause binds, as first-class data. A {@link org.plantrace.domain.link.Link} joins
 * a clause of one version to an indicator it states, to a place, line or zone it names (an entity of
 * the gazetteer, with the layer it stands for), or joins an indicator of the clause to the layer it
 * measures. Every link keeps the text it was read from (its {@link org.plantrace.domain.link.Anchor})
 * and a {@link org.plantrace.domain.link.LinkStatus}: suggested by extraction, or accepted,
 * rejected, edited or added by a drafter, with who and when.
 *
 * <p>Framework-free: records and the {@link org.plantrace.domain.link.LinkRepository} contract; the
 * use cases (deriving, curating, the effective links) are in {@code org.plantrace.application.links}.
 */
package org.plantrace.domain.link;
