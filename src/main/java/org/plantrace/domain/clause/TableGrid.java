package org.plantrace.domain.clause;

import java.util.ArrayList;
import java.util.List;

/**
 * A TABLE clause's text seen as rows × cells. Readers store a table as its text, rows separated by
 * '\n' and cells by '\t', with merged cells already resolved (a spanning cell's text in each column
 * it covers), so the table is searchable as text and needs no storage of its own; this view gives
 * the rows and cells back, with each cell's place in the text for spans and links.
 */
public final class TableGrid {
    /** One cell: its text without surrounding blanks and where that text stands in the clause text. */
    public record Cell(String text, int start, int end) {
    }

    private final List<List<Cell>> rows;

    private TableGrid(List<List<Cell>> rows) {
        this.rows = rows;
    }

    public static TableGrid of(Clause table) {
        return of(table.text());
    }

    public static TableGrid of(String text) {
        List<List<Cell>> rows = new ArrayList<>();
        int rowStart = 0;
        for (String line : text.split("\n", -1)) {
            List<Cell> row = new ArrayList<>();
            int cellStart = rowStart;
            for (String cell : line.split("\t", -1)) {
                String words = cell.strip();
                int lead = words.isEmpty() ? 0 : cell.indexOf(words);
                row.add(new Cell(words, cellStart + lead, cellStart + lead + words.length()));
                cellStart += cell.length() + 1;
            }
            rows.add(row);
            rowStart += line.length() + 1;
        }
        return new TableGrid(rows);
    }

    public List<List<Cell>> rows() {
        return rows;
    }

    public int columns() {
        return rows.stream().mapToInt(List::size).max().orElse(0);
    }

    /** The cell's text, empty where the row is shorter. */
    public String text(int row, int column) {
        List<Cell> r = rows.get(row);
        return column < r.size() ? r.get(column).text() : "";
    }
}
