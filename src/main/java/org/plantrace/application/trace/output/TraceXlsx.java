package org.plantrace.application.trace.output;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.plantrace.application.trace.TraceMatrix;

/**
 * The matrix as an Excel workbook: sheet 追溯矩阵 (the table of {@link TraceTable}, numbers as numbers,
 * header row frozen) and sheet 覆盖情况 (coverage per township). Written with Apache POI.
 */
public final class TraceXlsx {
    public static final String MATRIX_SHEET = "追溯矩阵";
    public static final String COVERAGE_SHEET = "覆盖情况";

    private TraceXlsx() {
    }

    public static void write(TraceMatrix m, OutputStream out) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet matrix = book.createSheet(MATRIX_SHEET);
            fill(matrix, TraceTable.header(m), TraceTable.rows(m));
            matrix.createFreezePane(TraceTable.CLAUSE_COLUMNS.size(), 1);
            fill(book.createSheet(COVERAGE_SHEET), TraceTable.COVERAGE_HEADER, TraceTable.coverage(m));
            book.write(out);
        }
    }

    private static void fill(Sheet sheet, List<String> header, List<List<String>> rows) {
        put(sheet.createRow(0), header);
        for (int i = 0; i < rows.size(); i++) {
            put(sheet.createRow(i + 1), rows.get(i));
        }
    }

    private static void put(Row row, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            String v = cells.get(i);
            // counts as numbers, so a reader can sum a column; ids and text stay text
            if (!v.isEmpty() && v.length() < 7 && v.chars().allMatch(Character::isDigit)) {
                row.createCell(i).setCellValue(Integer.parseInt(v));
            } else {
                row.createCell(i).setCellValue(v);
            }
        }
    }
}
