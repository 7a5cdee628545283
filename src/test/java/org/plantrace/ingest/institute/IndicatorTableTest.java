package org.plantrace.ingest.institute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseKind;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.domain.clause.TableGrid;
import org.plantrace.extract.indicator.Indicator;
import org.plantrace.extract.indicator.IndicatorExtractor;
import org.plantrace.extract.lint.Finding;
import org.plantrace.extract.lint.numeric.TableAgreementRule;
import org.plantrace.ingest.Outline;
import org.plantrace.ingest.docx.DocxReader;
import org.plantrace.ingest.pdf.PdfReader;

/**
 * Issue 13, item 3: a 规划指标表 with merged header cells stays a table (rows × cells, the merged
 * 规划目标 over both year columns, vertically merged headers repeated) and is read into
 * indicators, one per row and target-year column, with unit, class, years and the value's cell —
 * from the Word file, from the test's own PDF of it and from LibreOffice's PDF of the Word file
 * (where the table breaks across a page inside a row), all to the same grid.
 */
class IndicatorTableTest {
    @TempDir
    Path dir;

    /** The document's table as each reader reads it. */
    enum Route {
        WORD, OWN_PDF, LIBREOFFICE_PDF
    }

    private Outline outline;

    private Clause table(Route route) throws Exception {
        Path docx = InstituteDocx.write(CountyPlan.document(), dir.resolve("plan.docx"));
        outline = switch (route) {
            case WORD -> new DocxReader().read(docx);
            case OWN_PDF -> new PdfReader().read(InstitutePdf.write(CountyPlan.document(), dir.resolve("plan.pdf")));
            case LIBREOFFICE_PDF -> new PdfReader().read(LibreOfficePdf.convert(docx, dir.resolve("lo")));
        };
        Clause appendix = outline.clauses().stream().filter(c -> c.heading().equals("规划指标表")).findFirst()
                .orElseThrow();
        assertEquals(ClauseKind.TABLE, appendix.children().get(0).kind(), "the table stays in its appendix");
        return ClauseTree.flatten(outline.clauses()).stream()
                .filter(c -> c.kind() == ClauseKind.TABLE).findFirst().orElseThrow();
    }

    @ParameterizedTest
    @EnumSource(Route.class)
    void mergedHeaderCellsAreResolvedIntoTheGrid(Route route) throws Exception {
        TableGrid grid = TableGrid.of(table(route));

        assertEquals(5, grid.rows().size());
        assertEquals(7, grid.columns());
        assertEquals(List.of("序号", "指标名称", "单位", "基期年（2020年）", "规划目标", "规划目标", "属性"), texts(grid, 0));
        assertEquals(List.of("序号", "指标名称", "单位", "基期年（2020年）", "近期（2025年）", "目标年（2035年）", "属性"),
                texts(grid, 1));
        assertEquals(List.of("2", "生态保护红线面积", "平方千米", "—", "536.10", "536.10", "约束性"), texts(grid, 3));
        assertEquals(List.of("3", "常住人口城镇化率", "%", "48.6", "55", "65", "预期性"), texts(grid, 4));
    }

    @ParameterizedTest
    @EnumSource(Route.class)
    void indicatorTableIsReadIntoOneIndicatorPerRowAndTargetYear(Route route) throws Exception {
        Clause table = table(route);
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

    /** NUM006 on the document as read: the articles' 73.39万亩 and 536.10平方千米 agree with the table. */
    @ParameterizedTest
    @EnumSource(Route.class)
    void textStatementsAreCheckedAgainstTheTable(Route route) throws Exception {
        table(route);
        List<Clause> forest = outline.clauses();
        ClauseTree.assignPathIds(forest);
        List<Finding> findings = new TableAgreementRule().check(forest);

        assertEquals(1, findings.size(), findings::toString);
        assertTrue(findings.get(0).message().contains("一致2处，不一致0处"), findings.get(0).message());
    }

    private static List<String> texts(TableGrid grid, int row) {
        return grid.rows().get(row).stream().map(TableGrid.Cell::text).toList();
    }
}
