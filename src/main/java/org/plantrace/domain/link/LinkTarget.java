package org.plantrace.domain.link;

/**
 * What a link points to. {@link #key()} names it within one clause (the same indicator name, the
 * same entity, the same indicator-to-layer pair) so that a re-derived suggestion can be recognised as
 * the one a drafter already decided on.
 */
public sealed interface LinkTarget permits IndicatorTarget, FeatureTarget, IndicatorFeatureTarget {
    LinkType type();

    String key();

    /** How a page names it, in Chinese. */
    String label();
}
