package org.plantrace.web.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plantrace.application.trace.CellStatus;
import org.plantrace.application.trace.Coverage;
import org.plantrace.application.trace.TownshipTrace;
import org.plantrace.application.trace.TraceMatrix;
import org.plantrace.application.trace.TraceService;
import org.plantrace.application.trace.output.TraceCsv;
import org.plantrace.application.trace.output.TraceXlsx;
import org.plantrace.conformance.ReviewRules;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.plan.Jurisdiction;
import org.plantrace.domain.plan.Plan;
import org.plantrace.domain.plan.PlanLevel;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.domain.plan.VersionStatus;
import org.plantrace.planpackage.PlanPackages;
import org.plantrace.search.MemoryPlans;
import org.plantrace.search.SeedPlan;
import org.plantrace.transmission.Checklist;
import org.plantrace.transmission.ChecklistItem;
import org.plantrace.transmission.RuleBasedChecklists;
import org.plantrace.transmission.Target;
import org.plantrace.transmission.TargetKind;

/**
 * Issue #12's acceptance on the web's side: with two township plans in the store — 王庄堡镇 published,
 * carrying all but its first requirement, reviewed, the reviewer accepting that omission; 东坊城乡 a
 * draft carrying half, not reviewed — the matrix the page draws,
 * the coverage figures, the heat map's numbers and the CSV and XLSX downloads agree with each other;
 * and the public's trace leaves the draft out (无下级规划) while the drafters' judges it.
 */
class TraceAgreementTest {
    static final String WANG = "王庄堡镇";
    static final String DONG = "东坊城乡";
    static PlanVersion county;
    static TraceService service;
    static TraceSnapshot internal;
    static TraceSnapshot published;

    @BeforeAll
    static void store() throws Exception {
        county = SeedPlan.version(1, VersionStatus.PUBLISHED);
        RuleBasedChecklists checklists = RuleBasedChecklists.standard();
        MemoryPlans plans = new MemoryPlans().add(county);
        Checklist wang = checklists.derive(county, new Target(TargetKind.TOWNSHIP, WANG));
        plans.add(SeedPlan.version(township(WANG, "tw-wangzhuangbao"), 1, VersionStatus.PUBLISHED,
                carrying(wang.requirements().subList(1, wang.requirements().size()))));
        Checklist dong = checklists.derive(county, new Target(TargetKind.TOWNSHIP, DONG));
        plans.add(SeedPlan.version(township(DONG, "ts-dongfangcheng"), 1, VersionStatus.DRAFT,
                carrying(dong.requirements().subList(0, dong.requirements().size() / 2))));
        // 王庄堡镇's plan was reviewed and a reviewer accepted the omission of its first requirement;
        // 东坊城乡's was not reviewed
        String wangCode = township(WANG, "tw-wangzhuangbao").code();
        org.plantrace.application.trace.ReviewedVerdicts reviews = code -> code.equals(wangCode)
                ? java.util.Optional.of(new org.plantrace.application.trace.ReviewedVerdicts.Reviewed(1, 1, county.number(),
                        "reviewer", java.time.Instant.EPOCH, false,
                        java.util.Map.of(wang.requirements().get(0).requirement(), org.plantrace.conformance.Verdict.MET)))
                : java.util.Optional.empty();
        service = new TraceService(plans, checklists, ReviewRules.standard(),
                PlanPackages.located().linker(SeedPlan.PLAN.code()).gazetteer(), reviews);
        internal = snapshot(true);
        published = snapshot(false);
    }

    private static TraceSnapshot snapshot(boolean drafts) throws Exception {
        List<TownshipTrace> t = service.townships(county, null, drafts);
        return new TraceSnapshot(county, t, service.matrix(county, t), drafts);
    }

    private static Plan township(String name, String id) {
        return new Plan(SeedPlan.PLAN.code() + "--" + id, name + "国土空间总体规划（测试）", PlanLevel.TOWNSHIP, name, 2021, 2035,
                SeedPlan.PLAN.code(), new Jurisdiction(name, id, null));
    }

    @Test
    void theMatrixTheHeatMapAndTheCoverageFiguresAgree() {
        MatrixView view = MatrixView.of(internal.matrix(), county, "");
        CoverageGrid grid = CoverageGrid.of(internal.townships(), "");
        assertEquals(18, view.columns().size());
        assertEquals(view.columns().size(), grid.rows().size());
        for (int c = 0; c < view.columns().size(); c++) {
            MatrixView.Column column = view.columns().get(c);
            CoverageGrid.Row row = grid.rows().get(c);
            assertEquals(column.name(), row.township());
            // the heat map's total for a township is the matrix's coverage of its column
            assertEquals(column.coverage(), row.total().coverage(), column.name());
            // and its category cells add up to it
            Coverage sum = row.cells().stream().filter(x -> x.coverage() != null).map(CoverageGrid.Cell::coverage)
                    .reduce(new Coverage(0, 0, 0, 0, 0), TraceAgreementTest::plus);
            assertEquals(column.coverage(), sum, column.name());
            // the column total is the sum of the cells drawn in it
            final int index = c;
            int cells = view.groups().stream().flatMap(g -> g.rows().stream()).map(r -> r.cells().get(index))
                    .filter(x -> x != null).mapToInt(MatrixView.Cell::items).sum();
            assertEquals(column.items(), cells, column.name());
        }
        for (MatrixView.Group g : view.groups()) {
            for (MatrixView.Row r : g.rows()) {
                assertEquals(r.items(), r.cells().stream().filter(x -> x != null).mapToInt(MatrixView.Cell::items).sum());
            }
        }
        Coverage wang = grid.rows().stream().filter(r -> r.township().equals(WANG)).findFirst().orElseThrow().total().coverage();
        assertTrue(wang.covered() > 0 && wang.covered() < wang.items(), wang.toString());
        // the reviewed township: its column says whose verdicts they are, the unreviewed one is all the engine's
        assertTrue(basis(WANG).startsWith("审查确认 1 项"), basis(WANG));
        assertEquals(org.plantrace.application.trace.TownshipTrace.AUTOMATIC, basis(DONG));
        assertTrue(grid.rows().stream().filter(r -> r.township().equals(DONG)).findFirst().orElseThrow().total().coverage()
                .covered() > 0, "the drafters' trace judges the draft");
    }

    private static String basis(String township) {
        return internal.matrix().townships().stream().filter(c -> c.name().equals(township)).findFirst().orElseThrow().basis();
    }

    @Test
    void theCsvAndTheWorkbookSayWhatTheMatrixSays() throws Exception {
        TraceMatrix m = internal.matrix();
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        TraceCsv.write(m, csv);
        List<List<String>> rows = parseCsv(csv.toString(StandardCharsets.UTF_8).replace("\uFEFF", ""));
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        TraceXlsx.write(m, xlsx);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            Sheet sheet = book.getSheet(TraceXlsx.MATRIX_SHEET);
            DataFormatter text = new DataFormatter();
            assertEquals(m.rows().size() + 1, rows.size());
            assertEquals(m.rows().size(), sheet.getLastRowNum());
            List<String> header = rows.get(0);
            for (int i = 0; i < m.rows().size(); i++) {
                TraceMatrix.Row r = m.rows().get(i);
                Row xrow = sheet.getRow(i + 1);
                assertEquals(r.uid(), rows.get(i + 1).get(0));
                for (TraceMatrix.Column c : m.townships()) {
                    int at = header.indexOf(c.name() + " 条目数");
                    TraceMatrix.Cell cell = r.cells().get(c.name());
                    String items = cell == null ? "" : String.valueOf(cell.items());
                    String status = cell == null ? "" : cell.status().label();
                    assertEquals(items, rows.get(i + 1).get(at), r.uid() + " " + c.name());
                    assertEquals(status, rows.get(i + 1).get(at + 1));
                    assertEquals(items, text.formatCellValue(xrow.getCell(at)));
                    assertEquals(status, text.formatCellValue(xrow.getCell(at + 1)));
                }
            }
            Sheet coverage = book.getSheet(TraceXlsx.COVERAGE_SHEET);
            CoverageGrid grid = CoverageGrid.of(internal.townships(), "");
            for (int i = 0; i < grid.rows().size(); i++) {
                Row x = coverage.getRow(i + 1);
                Coverage c = grid.rows().get(i).total().coverage();
                assertEquals(grid.rows().get(i).township(), x.getCell(0).getStringCellValue());
                assertEquals(List.of(c.covered(), c.uncovered(), c.violated(), c.suspect(), c.unreviewed()),
                        List.of((int) x.getCell(3).getNumericCellValue(), (int) x.getCell(4).getNumericCellValue(),
                                (int) x.getCell(5).getNumericCellValue(), (int) x.getCell(6).getNumericCellValue(),
                                (int) x.getCell(7).getNumericCellValue()));
            }
        }
    }

    @Test
    void aCategoryFilterKeepsTheHeatMapsCellAndTheMatrixInStep() {
        CoverageGrid grid = CoverageGrid.of(internal.townships(), "");
        String category = grid.categories().get(0);
        TraceFilters filters = TraceFilters.of(null, category, null, null);
        MatrixView view = MatrixView.of(filters.matrix(internal, service), county, "");
        for (int c = 0; c < view.columns().size(); c++) {
            CoverageGrid.Cell cell = grid.rows().get(c).cells().get(0);
            Coverage expected = cell.coverage() == null ? new Coverage(0, 0, 0, 0, 0) : cell.coverage();
            assertEquals(expected, view.columns().get(c).coverage(), view.columns().get(c).name());
        }
        TraceFilters verdict = TraceFilters.of(null, null, null, CellStatus.MET.code());
        TraceMatrix met = verdict.matrix(internal, service);
        assertFalse(met.rows().isEmpty());
        met.rows().forEach(r -> assertTrue(r.cells().values().stream().anyMatch(x -> x.status() == CellStatus.MET)));
    }

    @Test
    void thePublicTraceLeavesTheDraftTownshipPlanOut() {
        TownshipTrace dong = published.township(DONG).orElseThrow();
        assertFalse(dong.hasPlan());
        assertEquals(dong.coverage().items(), dong.coverage().unreviewed());
        assertTrue(published.township(WANG).orElseThrow().hasPlan());
        assertTrue(internal.township(DONG).orElseThrow().hasPlan());
        assertTrue(published.matrix().rows().stream().map(r -> r.cells().get(DONG)).filter(x -> x != null)
                .allMatch(x -> x.status() == CellStatus.NO_PLAN));
    }

    @Test
    void theTownshipViewIsTheTransposeOfItsColumn() {
        TownshipTrace wang = internal.township(WANG).orElseThrow();
        TownshipView view = TownshipView.of(internal.matrix(), wang, TraceFilters.NONE, "/ctx");
        long cells = internal.matrix().rows().stream().filter(r -> r.cells().containsKey(WANG)).count();
        assertEquals(cells, view.rows().size());
        for (TownshipView.Row r : view.rows()) {
            TraceMatrix.Cell cell = internal.matrix().rows().stream().filter(x -> x.uid().equals(r.uid())).findFirst()
                    .orElseThrow().cells().get(WANG);
            assertEquals(cell.items(), r.items().size(), r.uid());
            assertEquals(cell.status().code(), r.code());
        }
        // a covered item links to the township clause carrying it, at its citable address
        TownshipView.Carrier carrier = view.rows().stream().flatMap(r -> r.items().stream()).filter(i -> i.code().equals("met"))
                .flatMap(i -> i.carriers().stream()).findFirst().orElseThrow();
        assertTrue(carrier.href().startsWith("/ctx/plans/" + SeedPlan.PLAN.code() + "--tw-wangzhuangbao/1/clauses/t"),
                carrier.href());
    }

    @Test
    void orphanedTownshipClausesShowOnTheHeatMapRowAndTheTownshipView() {
        TownshipTrace wang = internal.township(WANG).orElseThrow();
        TownshipView.Carrier carrier = TownshipView.of(internal.matrix(), wang, TraceFilters.NONE, "/ctx").rows().stream()
                .flatMap(r -> r.items().stream()).flatMap(i -> i.carriers().stream()).filter(c -> c.href() != null)
                .findFirst().orElseThrow();
        TownshipTrace orphans = new TownshipTrace(wang.name(), wang.plan(), wang.planVersion(), wang.checklist(), wang.items(),
                List.of(carrier.id(), "gone__art_9"));
        TownshipView view = TownshipView.of(internal.matrix(), orphans, TraceFilters.NONE, "/ctx");
        assertEquals(List.of(carrier.id(), "gone__art_9"), view.orphaned().stream().map(TownshipView.Carrier::id).toList());
        assertEquals(carrier.href(), view.orphaned().get(0).href(), "a clause still in the township plan links to its page");
        assertEquals(null, view.orphaned().get(1).href(), "one no longer there is named, not linked");
        CoverageGrid grid = CoverageGrid.of(List.of(orphans, internal.township(DONG).orElseThrow()), "");
        assertEquals(2, grid.rows().get(0).orphaned());
        assertEquals(0, grid.rows().get(1).orphaned());
        assertTrue(TownshipView.of(internal.matrix(), wang, TraceFilters.NONE, "/ctx").orphaned().isEmpty());
    }

    private static Coverage plus(Coverage a, Coverage b) {
        return new Coverage(a.covered() + b.covered(), a.uncovered() + b.uncovered(), a.violated() + b.violated(),
                a.suspect() + b.suspect(), a.unreviewed() + b.unreviewed());
    }

    /** RFC 4180 as TraceCsv writes it: every field quoted, quotes doubled, CRLF rows. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (ch == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else if (ch != '\r') {
                field.append(ch);
            }
        }
        return rows;
    }

    /** A township plan carrying each requirement in the county's words: one article per item. */
    static List<Clause> carrying(List<ChecklistItem> items) {
        return org.plantrace.application.trace.TraceServiceTest.carrying(items);
    }
}
