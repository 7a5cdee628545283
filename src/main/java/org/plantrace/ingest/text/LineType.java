package org.plantrace.ingest.text;

/** What one line of a plain-text plan is, before the hierarchy is known. */
enum LineType {
    /** Nothing but white space or Word debris: marks a break (chapters often follow one). */
    BLANK,
    /** A number followed by a short title: 第1节 严守三条控制线, 1. 总则, （一）农田保护区. */
    HEADING,
    /** A number with nothing after it: the export kept a numbered paragraph but lost its text. */
    EMPTY_HEADING,
    /** A number followed by a sentence: a numbered paragraph of body text. */
    NUMBERED_PARAGRAPH,
    /** A short unnumbered title line such as 前  言. */
    PLAIN_TITLE,
    /** Ordinary body text. */
    BODY
}
