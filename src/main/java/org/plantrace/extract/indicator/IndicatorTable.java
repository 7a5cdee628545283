package org.plantrace.extract.indicator;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plantrace.domain.clause.Span;
import org.plantrace.domain.clause.TableGrid;

/**
 * Reads a plan's indicator table (规划指标表) into indicators: one per row and target-year column,
 * named by the row's 指标名称, with its unit from the 单位 column (or from the header: 面积（公顷）),
 * its class from 属性 (约束性 / 预期性), the year from its column header (目标年（2035年）) and the
 * base year from the 基期 column's; the span is the value's cell, so the indicator links to its row.
 * The header words come from the rules ({@code table-column}). A table without a name column and a
 * year column is not an indicator table and gives nothing.
 */
final class IndicatorTable {
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年?");
    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(?:\\.\\d+)?");
    private static final Pattern HEADER_UNIT = Pattern.compile("[（(]([^（）()]+)[）)]\\s*$");

    private final IndicatorRules rules;

    IndicatorTable(IndicatorRules rules) {
        this.rules = rules;
    }

    List<Indicator> read(TableGrid grid) {
        int columns = grid.columns();
        int headerRows = headerRows(grid);
        if (headerRows == 0) {
            return List.of();
        }
        int name = -1;
        int unit = -1;
        int cls = -1;
        int base = -1;
        Integer baseYear = null;
        Integer[] years = new Integer[columns];
        for (int c = 0; c < columns; c++) {
            String header = header(grid, headerRows, c);
            String role = role(header);
            Matcher year = YEAR.matcher(header);
            Integer y = null;
            while (year.find()) {
                y = Integer.valueOf(year.group(1)); // the innermost header's year
            }
            if ("name".equals(role) && name < 0) {
                name = c;
            } else if ("unit".equals(role) && unit < 0) {
                unit = c;
            } else if ("class".equals(role) && cls < 0) {
                cls = c;
            } else if ("base".equals(role)) {
                base = c;
                baseYear = y;
            } else if (y != null) {
                years[c] = y;
            }
        }
        if (name < 0) {
            return List.of();
        }
        List<Indicator> out = new ArrayList<>();
        for (int r = headerRows; r < grid.rows().size(); r++) {
            String indicator = grid.text(r, name);
            if (indicator.isEmpty()) {
                continue;
            }
            IndicatorClass klass = classOf(cls < 0 ? "" : grid.text(r, cls));
            for (int c = 0; c < columns; c++) {
                if (years[c] == null || c == base || c >= grid.rows().get(r).size()) {
                    continue;
                }
                TableGrid.Cell cell = grid.rows().get(r).get(c);
                Matcher number = NUMBER.matcher(cell.text());
                if (!number.find()) {
                    continue; // — or blank: no value for that year
                }
                String unitText = unit >= 0 ? grid.text(r, unit) : headerUnit(header(grid, headerRows, name));
                IndicatorRules.UnitRule rule = unitRule(unitText);
                BigDecimal value = new BigDecimal(number.group());
                Normalized normalized = rule == null ? null
                        : new Normalized(value.multiply(rule.factor(), MathContext.DECIMAL64).stripTrailingZeros(), null,
                                rule.baseUnit());
                int start = cell.start() + number.start();
                out.add(new Indicator(indicator, Comparison.EQUAL, value, null, unitText, normalized, years[c],
                        baseYear, klass, null, new Span(start, start + number.group().length()), null));
            }
        }
        return out;
    }

    /** Rows up to the first whose name-like first cells hold a number: 序号 1, 2 … start the data. */
    private static int headerRows(TableGrid grid) {
        for (int r = 0; r < grid.rows().size(); r++) {
            String first = grid.text(r, 0);
            if (first.matches("\\d{1,3}|[一二三四五六七八九十]{1,3}")) {
                return r;
            }
        }
        return 0;
    }

    /** The header of a column over all header rows, repeated merged texts once: 规划目标 近期（2025年）. */
    private static String header(TableGrid grid, int headerRows, int column) {
        StringBuilder sb = new StringBuilder();
        String last = null;
        for (int r = 0; r < headerRows; r++) {
            String t = grid.text(r, column);
            if (!t.isEmpty() && !t.equals(last)) {
                sb.append(sb.length() == 0 ? "" : " ").append(t);
            }
            last = t;
        }
        return sb.toString();
    }

    private String role(String header) {
        String compact = header.replaceAll("\\s+", "");
        // the longest word first: 指标属性 is the class column, not a second name column
        return rules.tableColumns.entrySet().stream()
                .sorted((a, b) -> b.getKey().length() - a.getKey().length())
                .filter(e -> compact.startsWith(e.getKey()))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    private IndicatorClass classOf(String text) {
        for (IndicatorClass c : IndicatorClass.values()) {
            if (text.contains(c.chineseName())) {
                return c;
            }
        }
        return IndicatorClass.EXPECTED;
    }

    private IndicatorRules.UnitRule unitRule(String written) {
        String w = written.strip();
        for (IndicatorRules.UnitRule u : rules.units) {
            if (u.written().equals(w)) {
                return u;
            }
        }
        return null;
    }

    private static String headerUnit(String header) {
        Matcher m = HEADER_UNIT.matcher(header);
        return m.find() ? m.group(1).strip() : "";
    }

}
