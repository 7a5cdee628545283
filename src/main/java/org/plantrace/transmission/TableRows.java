package org.plantrace.transmission;

import java.util.ArrayList;
import java.util.List;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseKind;
import org.plantrace.domain.clause.Span;
import org.plantrace.domain.clause.TableGrid;

/**
 * A table clause as the derivation rules read it. A table's text is rows of tab-separated cells, so
 * cut into sentences its header row would become a requirement of its own and a township's row a
 * bare "王庄堡镇	5.20	4.10". Read by rows instead: each row below the header, with every cell
 * named by its column's header ("乡镇：王庄堡镇；耕地保有量（万亩）：5.20"), is what a rule's trigger
 * sees and what the checklist item says, and the row's place in the clause text is its source span.
 */
final class TableRows {
    /** One row below the header: where it stands in the clause text and its cells named by their headers. */
    record Row(Span span, String labelled) {
    }

    private TableRows() {
    }

    static boolean isTable(Clause c) {
        return c.kind() == ClauseKind.TABLE;
    }

    static List<Row> of(Clause table) {
        TableGrid grid = TableGrid.of(table);
        List<Row> out = new ArrayList<>();
        if (grid.rows().size() < 2) {
            return out;
        }
        List<TableGrid.Cell> header = grid.rows().get(0);
        for (int r = 1; r < grid.rows().size(); r++) {
            List<TableGrid.Cell> row = grid.rows().get(r);
            StringBuilder s = new StringBuilder();
            int start = Integer.MAX_VALUE;
            int end = -1;
            String previous = null;
            for (int col = 0; col < row.size(); col++) {
                TableGrid.Cell cell = row.get(col);
                if (cell.text().isEmpty()) {
                    continue;
                }
                start = Math.min(start, cell.start());
                end = Math.max(end, cell.end());
                if (cell.text().equals(previous)) {
                    continue; // a merged cell repeated in each column it spans
                }
                previous = cell.text();
                String name = col < header.size() ? header.get(col).text() : "";
                if (s.length() > 0) {
                    s.append('；');
                }
                s.append(name.isEmpty() || name.equals(cell.text()) ? cell.text() : name + "：" + cell.text());
            }
            if (end > start) {
                out.add(new Row(new Span(start, end), s.toString()));
            }
        }
        return out;
    }

    /** What the table is called: its own heading, else the nearest heading above it (附表2 乡镇指标分解表). */
    static String title(Clause table, String headingPath) {
        if (!table.heading().isBlank()) {
            return table.heading().strip();
        }
        String[] parts = headingPath.split(" › ");
        for (int i = parts.length - 1; i >= 0; i--) {
            if (!parts[i].isBlank()) {
                return parts[i].strip();
            }
        }
        return "";
    }
}
