package org.plantrace.web.checklist;

import java.util.List;

/**
 * One checklist item as the pages show it.
 *
 * @param number   its running number in the whole list (1-based), the same as in the .docx and PDF
 * @param binding  强制性 or 指导性
 * @param quantity the bound number in words, or ""
 * @param sources  the county clauses it comes from, linked to their clause pages
 */
public record ItemRow(int number, String category, String requirement, boolean mandatory, String binding,
        String quantity, List<SourceLink> sources, String rule, boolean suspect, List<String> features) {
    public ItemRow {
        sources = List.copyOf(sources);
        features = List.copyOf(features);
    }

    /** A source clause: {@code label} is heading and path id, {@code href} the clause page. */
    public record SourceLink(String label, String heading, String id, String href) {
    }
}
