package org.plantrace.web.view;

import java.util.List;

/**
 * One paragraph of a clause's own text, as runs; in a table clause, one row, with its runs also
 * cut into {@code cells} (the table's '\t'-separated cells) so that the page can show a table.
 */
public record Paragraph(List<TextRun> runs, List<TableCell> cells) {
    public Paragraph {
        runs = List.copyOf(runs);
        cells = List.copyOf(cells);
    }

    public Paragraph(List<TextRun> runs) {
        this(runs, List.of());
    }

    /** True when any run is mandatory, so the page can mark the paragraph in the margin too. */
    public boolean hasMandatory() {
        return runs.stream().anyMatch(TextRun::mandatory);
    }

    /** True for a row of a table clause. */
    public boolean tableRow() {
        return !cells.isEmpty();
    }
}
