package org.plantrace.web.view;

import java.util.List;

/**
 * Everything the clause page shows.
 *
 * @param links      what the text links to (indicators, entities, map features) and the text itself,
 *                   cut into paragraphs with mandatory spans, values and mentions marked
 * @param sourceNum  the number as the source writes it ({@code num()}), shown beside a derived one
 * @param breadcrumb the ancestors, outermost first, without the clause itself
 * @param previous   the clause before it in reading order, or null at the start
 * @param next       the clause after it in reading order, or null at the end
 */
public record ClauseView(
        ClauseLink self,
        String eId,
        String sourceNum,
        org.plantrace.domain.clause.MandatoryProvenance provenanceKind,
        String location,
        ClauseLinks links,
        List<ClauseLink> breadcrumb,
        List<ClauseLink> children,
        ClauseLink previous,
        ClauseLink next) {
    public ClauseView {
        breadcrumb = List.copyOf(breadcrumb);
        children = List.copyOf(children);
    }

    /** Where the mandatory marking came from, in the reader's language; empty when none (issue #14.9). */
    public String provenance() {
        return provenanceKind == null ? "" : org.plantrace.web.i18n.Words.here(provenanceKind);
    }

    /** Where the clause starts in its source ("第 95 行" / "line 95"), in the reader's language. */
    public String place() {
        return location == null || location.isEmpty() ? ""
                : org.plantrace.web.i18n.Texts.say(org.plantrace.domain.message.SourcePlace.of(location));
    }

    public List<Paragraph> paragraphs() {
        return links.paragraphs();
    }

    /** True for a table clause: the page shows its paragraphs as the rows of a table. */
    public boolean table() {
        return !paragraphs().isEmpty() && paragraphs().get(0).tableRow();
    }

    public boolean hasMandatoryText() {
        return paragraphs().stream().anyMatch(Paragraph::hasMandatory);
    }
}
