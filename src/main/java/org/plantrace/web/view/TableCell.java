package org.plantrace.web.view;

import java.util.List;

/**
 * One cell of a table clause's row, as runs (a mandatory figure or an indicator value marked in it).
 * {@code colspan}: how many columns the cell covers on the page; 0 for a cell covered by the one
 * to its left (a merged header cell, which the stored text repeats in each of its columns).
 */
public record TableCell(List<TextRun> runs, int colspan) {
    public TableCell {
        runs = List.copyOf(runs);
    }

    public TableCell(List<TextRun> runs) {
        this(runs, 1);
    }

    /** Shown: not covered by a merged cell to its left. */
    public boolean shown() {
        return colspan > 0;
    }

    String text() {
        StringBuilder s = new StringBuilder();
        runs.forEach(r -> s.append(r.text()));
        return s.toString();
    }
}
