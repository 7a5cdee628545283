package org.plantrace.ingest.institute;

import java.util.ArrayList;
import java.util.List;
import org.plantrace.domain.clause.Span;

/**
 * A plan document as a design institute types it: a cover, a typed contents page, chapters in a
 * heading style and everything below them — sections, articles, items — as plain paragraphs that
 * start with their numbers, some words underlined, and tables. One model, written by
 * {@link InstituteDocx} to Word and by {@link InstitutePdf} (or LibreOffice from the Word file) to
 * PDF, so that every route can be checked against the same expected outline.
 */
public final class InstitutePlan {

    /** How a paragraph is set. */
    public enum Look {
        /** the plan's name on the cover: large, bold, centred, direct formatting (no Title style) */
        COVER_TITLE,
        /** other cover lines: 规划文本, （征求意见稿）, the institute, the date */
        COVER_LINE,
        /** 目 录, 附 表 … set large and centred without a heading style */
        CENTRED_HEADING,
        /** a contents line: text, a dot leader and a page number */
        CONTENTS_LINE,
        /** a chapter: Word's Heading 1 style */
        HEADING_1,
        /** everything else: Normal, two-character first-line indent */
        BODY,
        /** a page break */
        PAGE_BREAK
    }

    /** One paragraph with its underlined ranges. */
    public record Paragraph(Look look, String text, List<Span> underlined) {
    }

    /**
     * A table: rows of cells; a cell spanning columns is followed by {@code null}s for the columns
     * it covers, a cell continuing the one above (vertical merge) is {@link #MERGED_UP}.
     */
    public record Table(List<List<String>> rows) {
        public static final String MERGED_UP = "\u0000up";
    }

    private final String title;
    private final List<Object> blocks = new ArrayList<>();

    public InstitutePlan(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** Paragraphs and tables in order. */
    public List<Object> blocks() {
        return blocks;
    }

    public InstitutePlan add(Look look, String text) {
        blocks.add(new Paragraph(look, text, List.of()));
        return this;
    }

    /** A body paragraph; the parts between ‹ and › are underlined (the marks are not text). */
    public InstitutePlan body(String marked) {
        return marked(Look.BODY, marked);
    }

    public InstitutePlan marked(Look look, String marked) {
        StringBuilder text = new StringBuilder();
        List<Span> spans = new ArrayList<>();
        int start = -1;
        for (char c : marked.toCharArray()) {
            if (c == '‹') {
                start = text.length();
            } else if (c == '›') {
                spans.add(new Span(start, text.length()));
            } else {
                text.append(c);
            }
        }
        blocks.add(new Paragraph(look, text.toString(), spans));
        return this;
    }

    public InstitutePlan table(Table table) {
        blocks.add(table);
        return this;
    }
}
