package org.plantrace.ingest.institute;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseKind;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.domain.clause.TableGrid;
import org.plantrace.extract.indicator.Indicator;
import org.plantrace.extract.indicator.IndicatorExtractor;
import org.plantrace.ingest.docx.DocxReader;

/**
 * Issue 13, item 3: a Word 规划指标表 with merged header cells stays a table (rows × cells, the
 * merged 规划目标 over both year columns, vertically merged headers repeated) and is read into
 * indicators, one per row and target-year column, with unit, class, years and the value's cell.
 */
class IndicatorTableTest {
    @TempDir
    Path dir;

    private Clause table() throws Exception {
        Path docx = InstituteDocx.write(CountyPlan.document(), dir.resolve("plan.docx"));
        return ClauseTree.flatten(new DocxReader().read(docx).clauses()).stream()
                .filter(c -> c.kind() == ClauseKind.TABLE).findFirst().orElseThrow();
    }

    @Test
    void mergedHeaderCellsAreResolvedIntoTheGrid() throws Exception {
        TableGrid grid = TableGrid.of(table());

        assertEquals(5, grid.rows().size());
        assertEquals(7, grid.columns());
        assertEquals(List.of("序号", "指标名称", "单位", "基期年（2020年）", "规划目标", "规划目标", "属性"), texts(grid, 0));
        assertEquals(List.of("序号", "指标名称", "单位", "基期年（2020年）", "近期（2025年）", "目标年（2035年）", "属性"),
                texts(grid, 1));
        assertEquals(List.of("2", "生态保护红线面积", "平方千米", "—", "536.10", "536.10", "约束性"), texts(grid, 3));
    }

    @Test
    void indicatorTableIsReadIntoOneIndicatorPerRowAndTargetYear() throws Exception {
        Clause table = table();
        List<Indicator> indicators = new IndicatorExtractor().extract(table);

        assertEquals(List.of(
                "耕地保有量 = 73.45 万亩 2025 base 2020 binding",
                "耕地保有量 = 73.39 万亩 2035 base 2020 binding",
                "生态保护红线面积 = 536.10 平方千米 2025 base 2020 binding",
                "生态保护红线面积 = 536.10 平方千米 2035 base 2020 binding",
                "常住人口城镇化率 = 55 % 2025 base 2020 expected",
                "常住人口城镇化率 = 65 % 2035 base 2020 expected"),
                indicators.stream().map(i -> i.name() + " " + i.op().symbol() + " " + i.value().toPlainString() + " "
                        + i.unit() + " " + i.year() + " base " + i.baseYear() + " " + i.ruledClass().jsonName()).toList());
        for (Indicator i : indicators) {
            assertEquals(i.value().toPlainString(), table.text().substring(i.span().start(), i.span().end()),
                    "the span is the value's own cell");
        }
        assertEquals("48926.66666666667", indicators.get(1).normalized().value().toPlainString(),
                "万亩 in 公顷, as the text reader converts: 73.39 × 10000 / 15");
    }

    private static List<String> texts(TableGrid grid, int row) {
        return grid.rows().get(row).stream().map(TableGrid.Cell::text).toList();
    }
}
