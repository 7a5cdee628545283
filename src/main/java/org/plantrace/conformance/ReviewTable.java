package org.plantrace.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One tab-separated table of {@code templates/review/}: lines starting with # are comments, the
 * first other line is the header, every later non-blank line a row with at least the header's
 * number of cells. A malformed file is refused with its name and line, so a planner who edits a
 * table learns where the mistake is.
 */
public final class ReviewTable {
    private ReviewTable() {
    }

    public static List<String[]> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ReviewRulesException(file + ": 审查规则表无法读取 / review table unreadable: " + e.getMessage(), e);
        }
        List<String[]> rows = new ArrayList<>();
        int columns = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (columns < 0) {
                columns = cells.length;
                continue;
            }
            if (cells.length < columns) {
                throw new ReviewRulesException(file.getFileName() + " 第 " + (i + 1) + " 行应有 " + columns + " 列（制表符分隔），实有 "
                        + cells.length + " 列 / line " + (i + 1) + " has too few tab-separated cells");
            }
            for (int c = 0; c < cells.length; c++) {
                cells[c] = cells[c].strip();
            }
            rows.add(cells);
        }
        return rows;
    }
}
