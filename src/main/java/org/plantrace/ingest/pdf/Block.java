package org.plantrace.ingest.pdf;

/**
 * A unit of the page after lines are joined: a numbered heading, an unnumbered line set like a
 * heading (前言, a title), a body paragraph with its underlined characters, or a table.
 */
record Block(Type type, int page, HeadingNumber number, String text, boolean[] underlined) {

    enum Type {
        HEADING,
        UNNUMBERED_HEADING,
        BODY,
        /** a table: its text in rows ('\n') and cells ('\t'), as {@link PdfTable} has it */
        TABLE
    }

    /** A numbered heading; {@code underlined} flags its title's characters (an item's own underline). */
    static Block heading(int page, HeadingNumber number, String title, boolean[] underlined) {
        return new Block(Type.HEADING, page, number, title, underlined);
    }
}
