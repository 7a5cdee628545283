package org.plantrace.ingest.pdf;

/**
 * A unit of the page after lines are joined: a numbered heading, an unnumbered line set like a
 * heading (前言, a title), or a body paragraph with its underlined characters.
 */
record Block(Type type, int page, HeadingNumber number, String text, boolean[] underlined) {

    enum Type {
        HEADING,
        UNNUMBERED_HEADING,
        BODY
    }

    static Block heading(int page, HeadingNumber number, String title) {
        return new Block(Type.HEADING, page, number, title, new boolean[title.length()]);
    }
}
