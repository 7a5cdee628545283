package org.plantrace.domain.clause;

/**
 * Where a clause's mandatory (强制性内容) flag comes from. Only {@link #UNDERLINE} and
 * {@link #MANUAL} make a clause mandatory; a {@link #SUGGESTED} flag waits for a drafter.
 */
public enum MandatoryProvenance {
    /** Underlined in the source document (Word run underline, PDF line under the glyphs). */
    UNDERLINE,
    /** Set by a drafter. */
    MANUAL,
    /** Proposed by a rule; never counted as mandatory until a drafter confirms it. */
    SUGGESTED;

    public boolean countsAsMandatory() {
        return this != SUGGESTED;
    }

    public String jsonName() {
        return name().toLowerCase();
    }
}
