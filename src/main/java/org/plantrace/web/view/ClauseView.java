package org.plantrace.web.view;

import java.util.List;

/**
 * Everything the clause page shows.
 *
 * @param sourceNum  the number as the source writes it ({@code num()}), shown beside a derived one
 * @param breadcrumb the ancestors, outermost first, without the clause itself
 * @param previous   the clause before it in reading order, or null at the start
 * @param next       the clause after it in reading order, or null at the end
 */
public record ClauseView(
        ClauseLink self,
        String eId,
        String sourceNum,
        String provenance,
        String location,
        List<Paragraph> paragraphs,
        List<ClauseLink> breadcrumb,
        List<ClauseLink> children,
        ClauseLink previous,
        ClauseLink next) {
    public ClauseView {
        paragraphs = List.copyOf(paragraphs);
        breadcrumb = List.copyOf(breadcrumb);
        children = List.copyOf(children);
    }

    public boolean hasMandatoryText() {
        return paragraphs.stream().anyMatch(Paragraph::hasMandatory);
    }
}
