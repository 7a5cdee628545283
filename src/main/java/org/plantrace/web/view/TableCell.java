package org.plantrace.web.view;

import java.util.List;

/** One cell of a table clause's row, as runs (a mandatory figure or an indicator value marked in it). */
public record TableCell(List<TextRun> runs) {
    public TableCell {
        runs = List.copyOf(runs);
    }
}
