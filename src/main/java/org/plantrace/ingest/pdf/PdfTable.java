package org.plantrace.ingest.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A table read off a page: its text in the form every reader stores a TABLE clause in (rows
 * separated by '\n', cells by '\t', merged cells resolved into each row and column they cover),
 * the underlined characters of that text, and where it starts on the page (for reading order).
 */
record PdfTable(int page, float top, String text, boolean[] underlined, int columns) {

    /**
     * This table with the rows of its continuation on the next page after its own. A row the page
     * broke (Word and LibreOffice let a row break across pages) goes on in the continuation's first
     * row: its first cell (序号) is empty and it has text only where the row above has — those
     * cells are joined to the row above, as a wrapped cell is.
     */
    PdfTable followedBy(PdfTable next) {
        List<List<Cell>> rows = rows(this);
        List<List<Cell>> more = rows(next);
        List<Cell> last = rows.get(rows.size() - 1);
        List<Cell> first = more.get(0);
        if (brokenRow(last, first)) {
            for (int c = 0; c < last.size(); c++) {
                last.set(c, last.get(c).join(first.get(c)));
            }
            more.remove(0);
        }
        rows.addAll(more);
        StringBuilder sb = new StringBuilder();
        List<boolean[]> flags = new ArrayList<>();
        for (List<Cell> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                if (sb.length() > 0) {
                    sb.append(c == 0 ? '\n' : '\t');
                    flags.add(new boolean[1]);
                }
                sb.append(row.get(c).text());
                flags.add(row.get(c).underlined());
            }
        }
        boolean[] all = new boolean[sb.length()];
        int at = 0;
        for (boolean[] f : flags) {
            System.arraycopy(f, 0, all, at, f.length);
            at += f.length;
        }
        return new PdfTable(page, top, sb.toString(), all, columns);
    }

    private static boolean brokenRow(List<Cell> above, List<Cell> row) {
        if (above.size() != row.size() || !row.get(0).text().isEmpty() || above.get(0).text().isEmpty()) {
            return false;
        }
        boolean any = false;
        for (int c = 0; c < row.size(); c++) {
            if (!row.get(c).text().isEmpty()) {
                if (above.get(c).text().isEmpty()) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    private record Cell(String text, boolean[] underlined) {
        Cell join(Cell more) {
            boolean[] f = Arrays.copyOf(underlined, underlined.length + more.underlined.length);
            System.arraycopy(more.underlined, 0, f, underlined.length, more.underlined.length);
            return new Cell(text + more.text, f);
        }
    }

    private static List<List<Cell>> rows(PdfTable t) {
        List<List<Cell>> rows = new ArrayList<>();
        List<Cell> row = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= t.text.length(); i++) {
            char ch = i < t.text.length() ? t.text.charAt(i) : '\n';
            if (ch == '\t' || ch == '\n') {
                row.add(new Cell(t.text.substring(start, i), Arrays.copyOfRange(t.underlined, start, i)));
                start = i + 1;
                if (ch == '\n') {
                    rows.add(row);
                    row = new ArrayList<>();
                }
            }
        }
        return rows;
    }
}
