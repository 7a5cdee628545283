package org.plantrace.search;

/** How hits are ordered. */
public enum SortOrder {
    /** Best match first. */
    RELEVANCE,
    /** As the plan reads: by plan, version, then position in the text. */
    DOCUMENT_ORDER
}
