package org.plantrace.search.analysis;

/**
 * The analysed fields of a clause document and their weights. Every analysis indexes the same
 * fields; the {@code *_terms} fields hold whole dictionary terms and only {@link PlanningAnalysis}
 * queries them.
 */
public final class TextFields {
    public static final String HEADING = "heading";
    /** The headings of the clause's ancestors, outermost first. */
    public static final String PATH = "path";
    public static final String TEXT = "text";
    public static final String HEADING_TERMS = "heading_terms";
    public static final String TEXT_TERMS = "text_terms";
    /**
     * The ancestors' headings as whole dictionary terms: not scored, only counted — a planning
     * term's phrase in the path matches the clauses whose path terms hold it ({@link PlanningAnalysis#sameMatches}).
     */
    public static final String PATH_TERMS = "path_terms";

    /** A word in the heading says more about the clause than the same word in its body. */
    static final float HEADING_BOOST = 3f;
    /** The chapter path only helps to break ties: every clause of a chapter shares it. */
    static final float PATH_BOOST = 0.5f;
    static final float TEXT_BOOST = 1f;

    private TextFields() {
    }
}
