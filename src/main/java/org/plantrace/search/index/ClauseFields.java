package org.plantrace.search.index;

import org.apache.lucene.facet.FacetsConfig;

/** Names of the non-text fields of a clause document, and the facet dimensions. */
public final class ClauseFields {
    /** {@code plan/version/eId}. */
    public static final String ID = "id";
    public static final String UID = "uid";
    public static final String EID = "eid";
    public static final String PLAN = "plan";
    /** The plan's level code ({@code county}, {@code township} …): filterable and faceted. */
    public static final String LEVEL = "level";
    public static final String VERSION = "version";
    /** {@code plan#version}: the unit of visibility. */
    public static final String PLAN_VERSION = "pv";
    /** {@code draft} or {@code published}. */
    public static final String STATUS = "status";
    public static final String KIND = "kind";
    /** {@code true} or {@code false}. */
    public static final String MANDATORY = "mandatory";
    /** The heading of the clause's chapter (top-level clause). */
    public static final String CHAPTER = "chapter";
    /** Stored only: the ancestors' headings, one value each, outermost first. */
    public static final String PATH_ITEM = "path_item";
    /** The value of an article's displayed number (第十七条 → 17), derived where the source lost it. */
    public static final String ARTICLE = "article";
    /**
     * A factor on the relevance score: 1 for a clause with text of its own, less for a heading
     * without text (a section title), so that the article stating a figure outranks its section.
     */
    public static final String WEIGHT = "weight";
    /** Position of the clause in its version's text, parents before children. */
    public static final String ORDER = "order";
    // filled through ClauseLinks (the Links issue)
    public static final String TOWNSHIP = "township";
    public static final String CONTROL_LINE = "control_line";
    /** Analysed and stored: the indicator names of the clause. */
    public static final String INDICATOR = "indicator";
    /** The same names as exact terms: the {@code indicator} filter and the related-indicator lookup. */
    public static final String INDICATOR_NAME = "indicator_name";
    public static final String HAS_INDICATOR = "has_indicator";
    /** Stored only: "name\tfigure" for each indicator value the clause states (≥ 73.39 万亩（2035年）). */
    public static final String INDICATOR_FIGURE = "indicator_figure";
    /** Unstored terms "spelling\tcanonical name" for the township spellings the text uses (东方城乡 → 东坊城乡). */
    public static final String TOWNSHIP_SPELLING = "township_spelling";

    private ClauseFields() {
    }

    /** The facet dimensions; the linked ones may hold several values per clause. */
    public static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(TOWNSHIP, true);
        config.setMultiValued(CONTROL_LINE, true);
        return config;
    }

    public static String planVersion(String plan, int version) {
        return plan + "#" + version;
    }
}
