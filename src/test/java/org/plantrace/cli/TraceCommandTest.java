package org.plantrace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plantrace.application.chain.TownshipSamples;
import org.plantrace.application.trace.output.TraceXlsx;
import org.plantrace.cli.SearchCommandTest.Run;

/**
 * {@code trace} and {@code impact} over a data folder with the Hunyuan plan published and two township
 * plans under it: the review sample for 王庄堡镇 (written with violations) and the Word sample for
 * 东坊城乡. The matrix's JSON, CSV and workbook agree cell by cell; the coverage agrees with the cells
 * and with what {@code review} finds on the same township text read from its file.
 */
class TraceCommandTest {
    static final String HUNYUAN = "hunyuan-2021-2035";
    static final String WANG = "王庄堡镇";
    static final String DONG = "东坊城乡";
    static final String REVIEW_SAMPLE = "src/test/resources/review/wangzhuangbao.txt";
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    static String data;
    static JsonNode matrix;

    @BeforeAll
    static void ingest() throws Exception {
        data = tmp.resolve("data").toString();
        ok(run("ingest", "corpus/hunyuan", "--data", data, "--publish"));
        ok(run("ingest", REVIEW_SAMPLE, "--parent", HUNYUAN, "--township", WANG, "--data", data, "--publish"));
        ok(run("ingest", TownshipSamples.dongfangchengWord(tmp).toString(), "--parent", HUNYUAN, "--township", DONG,
                "--data", data));
        matrix = JSON.readTree(ok(run("trace", "--data", data)).out());
    }

    @Test
    void matrixInTheIssuesShapeWithAColumnPerTownship() throws Exception {
        assertEquals(HUNYUAN, matrix.get("countyPlan").get("code").asText());
        assertEquals(1, matrix.get("countyPlan").get("version").asInt());
        JsonNode checklists = checklistTargets();
        assertEquals(checklists.size(), matrix.get("townships").size(), "one column per township the county binds");
        for (JsonNode t : matrix.get("townships")) {
            String name = t.get("name").asText();
            boolean hasPlan = name.equals(WANG) || name.equals(DONG);
            assertEquals(hasPlan, !t.get("plan").isNull(), name);
            if (hasPlan) {
                assertEquals("自动判定（未经审查确认）", t.get("basis").asText());
            }
            for (String k : List.of("covered", "uncovered", "violated", "suspect", "unreviewed")) {
                assertTrue(t.get("coverage").has(k), k);
            }
        }
        assertEquals(HUNYUAN + "--tw-wangzhuangbao", township(WANG).get("plan").asText());
        assertTrue(matrix.get("rows").size() > 10);
        Set<String> uids = new HashSet<>();
        for (JsonNode r : matrix.get("rows")) {
            assertTrue(uids.add(r.get("uid").asText()), "a clause is one row");
            assertTrue(r.get("cells").size() > 0, "only clauses a checklist draws from");
            r.get("cells").fields().forEachRemaining(e -> {
                assertTrue(e.getValue().get("items").asInt() > 0);
                assertTrue(e.getValue().has("townshipClauses"));
            });
        }
    }

    @Test
    void everySourceClauseOfAChecklistIsARowAndCellCountsAreItsItems() throws Exception {
        JsonNode checklist = JSON.readTree(ok(run("checklist", "--township", WANG, "--data", data, "--plan", HUNYUAN)).out());
        List<String> expected = new ArrayList<>();
        int requirements = 0;
        java.util.Map<String, Integer> perClause = new java.util.HashMap<>();
        for (JsonNode item : checklist.get("items")) {
            if (item.get("estimate").asBoolean()) {
                continue;
            }
            requirements++;
            Set<String> seen = new LinkedHashSet<>();
            item.get("sourceClauses").forEach(s -> seen.add(s.get("uid").asText()));
            seen.forEach(u -> perClause.merge(u, 1, Integer::sum));
            expected.addAll(seen);
        }
        for (String uid : perClause.keySet()) {
            JsonNode cell = row(uid).get("cells").get(WANG);
            assertEquals(perClause.get(uid).intValue(), cell.get("items").asInt(), uid);
        }
        int cellsOfWang = 0;
        for (JsonNode r : matrix.get("rows")) {
            cellsOfWang += r.get("cells").has(WANG) ? 1 : 0;
        }
        assertEquals(perClause.size(), cellsOfWang, "no cell without an item behind it");
        assertEquals(requirements, sum(township(WANG).get("coverage")), "coverage counts every requirement once");
    }

    @Test
    void coverageAgreesWithTheCellsAndWithTheReviewOfTheSameText() throws Exception {
        JsonNode wang = township(WANG).get("coverage");
        assertTrue(wang.get("violated").asInt() > 0, "the sample was written with violations: " + wang);
        assertEquals(0, wang.get("suspect").asInt(), "no stored review can be outdated yet");
        JsonNode review = JSON.readTree(ok(run("review", REVIEW_SAMPLE, "--township", WANG, "--data", data, "--county", HUNYUAN)).out());
        // the review judges the illustrative estimates too; the matrix counts requirements only
        Set<String> estimates = new HashSet<>();
        JsonNode checklist = JSON.readTree(ok(run("checklist", "--township", WANG, "--data", data, "--plan", HUNYUAN)).out());
        checklist.get("items").forEach(i -> {
            if (i.get("estimate").asBoolean()) {
                estimates.add(i.get("requirement").asText());
            }
        });
        int[] counts = new int[5];
        for (JsonNode f : review.get("findings")) {
            if (f.get("category").asText().equals("清单外") || estimates.contains(f.get("requirement").asText())) {
                continue;
            }
            switch (f.get("status").asText()) {
                case "met" -> counts[0]++;
                case "violated" -> counts[1]++;
                case "missing", "partial" -> counts[2]++;
                default -> counts[3]++;
            }
        }
        assertEquals(counts[0], wang.get("covered").asInt(), "the stored text judges as the file does");
        assertEquals(counts[1], wang.get("violated").asInt());
        assertEquals(counts[2], wang.get("uncovered").asInt());
        assertEquals(counts[3], wang.get("unreviewed").asInt());

        for (JsonNode t : matrix.get("townships")) {
            String name = t.get("name").asText();
            JsonNode c = t.get("coverage");
            List<String> statuses = new ArrayList<>();
            for (JsonNode r : matrix.get("rows")) {
                if (r.get("cells").has(name)) {
                    statuses.add(r.get("cells").get(name).get("status").asText());
                }
            }
            if (t.get("plan").isNull()) {
                assertTrue(statuses.stream().allMatch("无下级规划"::equals), name + statuses);
                assertEquals(sum(c), c.get("unreviewed").asInt(), name + " has no plan: nothing reviewed");
            } else {
                assertFalse(statuses.contains("无下级规划"), name);
                assertEquals(c.get("violated").asInt() > 0, statuses.contains("不符合"), name);
                assertEquals(c.get("covered").asInt() == sum(c), statuses.stream().allMatch("符合"::equals), name);
                assertEquals(c.get("covered").asInt() > 0 || c.get("uncovered").asInt() > 0 && statuses.contains("部分"),
                        c.get("covered").asInt() > 0 || statuses.contains("部分"), name);
            }
        }
        // a violated cell points at the township clause the finding rests on
        boolean pointed = false;
        for (JsonNode r : matrix.get("rows")) {
            JsonNode cell = r.get("cells").get(WANG);
            if (cell != null && cell.get("status").asText().equals("不符合")) {
                pointed |= cell.get("townshipClauses").size() > 0;
            }
        }
        assertTrue(pointed);
    }

    @Test
    void csvAndWorkbookAgreeWithTheJson() throws Exception {
        Path csv = tmp.resolve("out/matrix.csv");
        Path xlsx = tmp.resolve("out/matrix.xlsx");
        ok(run("trace", "--data", data, "--format", "csv", "--out", csv.toString()));
        Run written = ok(run("trace", "--data", data, "--format", "xlsx", "--out", xlsx.toString()));
        assertEquals("", written.err(), "POI's logging goes where the rest goes, not onto stderr");
        List<List<String>> table = parseCsv(Files.readString(csv, StandardCharsets.UTF_8));
        List<String> names = new ArrayList<>();
        matrix.get("townships").forEach(t -> names.add(t.get("name").asText()));
        List<String> header = table.get(0);
        assertEquals(4 + 3 * names.size(), header.size());
        assertEquals(matrix.get("rows").size(), table.size() - 1);
        for (int i = 0; i < matrix.get("rows").size(); i++) {
            JsonNode r = matrix.get("rows").get(i);
            List<String> line = table.get(i + 1);
            assertEquals(r.get("uid").asText(), line.get(0));
            assertEquals(r.get("path").asText(), line.get(1));
            for (int t = 0; t < names.size(); t++) {
                assertEquals(names.get(t) + " 结论", header.get(4 + 3 * t + 1));
                JsonNode cell = r.get("cells").get(names.get(t));
                assertEquals(cell == null ? "" : cell.get("items").asText(), line.get(4 + 3 * t), r + names.get(t));
                assertEquals(cell == null ? "" : cell.get("status").asText(), line.get(4 + 3 * t + 1));
                List<String> ids = new ArrayList<>();
                if (cell != null) {
                    cell.get("townshipClauses").forEach(c -> ids.add(c.asText()));
                }
                assertEquals(String.join("；", ids), line.get(4 + 3 * t + 2));
            }
        }
        try (InputStream in = Files.newInputStream(xlsx); Workbook book = WorkbookFactory.create(in)) {
            Sheet sheet = book.getSheet(TraceXlsx.MATRIX_SHEET);
            assertEquals(table.size() - 1, sheet.getLastRowNum());
            for (int i = 0; i < table.size(); i++) {
                Row row = sheet.getRow(i);
                for (int j = 0; j < table.get(i).size(); j++) {
                    assertEquals(table.get(i).get(j), text(row.getCell(j)), "row " + i + " column " + j);
                }
            }
            Sheet coverage = book.getSheet(TraceXlsx.COVERAGE_SHEET);
            assertEquals(names.size(), coverage.getLastRowNum());
            for (int t = 0; t < names.size(); t++) {
                Row row = coverage.getRow(t + 1);
                JsonNode c = matrix.get("townships").get(t).get("coverage");
                assertEquals(names.get(t), text(row.getCell(0)));
                List<String> keys = List.of("covered", "uncovered", "violated", "suspect", "unreviewed");
                for (int k = 0; k < keys.size(); k++) {
                    assertEquals(CellType.NUMERIC, row.getCell(3 + k).getCellType(), "a count is a number in Excel");
                    assertEquals(c.get(keys.get(k)).asInt(), (int) row.getCell(3 + k).getNumericCellValue(), names.get(t));
                }
            }
        }
    }

    @Test
    void oneTownshipIsItsColumnOfTheWholeMatrix() throws Exception {
        JsonNode one = JSON.readTree(ok(run("trace", "--township", "王庄堡", "--data", data)).out());
        assertEquals(1, one.get("townships").size());
        assertEquals(township(WANG), one.get("townships").get(0));
        List<JsonNode> expected = new ArrayList<>();
        for (JsonNode r : matrix.get("rows")) {
            if (r.get("cells").has(WANG)) {
                expected.add(r);
            }
        }
        assertEquals(expected.size(), one.get("rows").size());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i).get("uid"), one.get("rows").get(i).get("uid"), "plan order kept");
            assertEquals(expected.get(i).get("cells").get(WANG), one.get("rows").get(i).get("cells").get(WANG));
        }
    }

    @Test
    void badRequestsAreRefused() {
        Run unknown = run("trace", "--township", "北京镇", "--data", data);
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("北京镇") && unknown.err().contains(WANG), unknown.err());
        assertEquals(1, run("trace", "--format", "pdf", "--data", data).code());
        assertEquals(2, run("trace", "--data", tmp.resolve("nowhere").toString()).code());
        assertEquals(2, run("trace", "--data", data, "--county", "nope").code());
        assertEquals(1, run("impact", "--data", data).code());
        Run noClause = run("impact", "no-such-uid", "--data", data);
        assertEquals(2, noClause.code());
        assertTrue(noClause.err().contains("no-such-uid"), noClause.err());
    }

    @Test
    void impactListsTheTownshipsItemsAndTownshipClausesOfAClause() throws Exception {
        JsonNode violated = null;
        for (JsonNode r : matrix.get("rows")) {
            JsonNode cell = r.get("cells").get(WANG);
            if (cell != null && cell.get("status").asText().equals("不符合") && r.get("cells").size() > 1) {
                violated = r;
                break;
            }
        }
        assertTrue(violated != null, "a clause 王庄堡镇 violates that other townships draw from too");
        String uid = violated.get("uid").asText();
        JsonNode impact = JSON.readTree(ok(run("impact", uid, "--data", data)).out());
        assertEquals(uid, impact.get("clause").get("uid").asText());
        assertEquals(violated.get("path").asText(), impact.get("clause").get("path").asText());
        List<String> expected = new ArrayList<>();
        violated.get("cells").fieldNames().forEachRemaining(expected::add);
        List<String> got = new ArrayList<>();
        impact.get("townships").forEach(t -> got.add(t.get("name").asText()));
        assertEquals(expected, got, "the townships of the row, in column order");
        for (JsonNode t : impact.get("townships")) {
            JsonNode cell = violated.get("cells").get(t.get("name").asText());
            assertEquals(cell.get("items").asInt(), t.get("items").size());
            Set<String> ids = new LinkedHashSet<>();
            List<String> statuses = new ArrayList<>();
            for (JsonNode item : t.get("items")) {
                List<String> sources = new ArrayList<>();
                item.get("countyClauses").forEach(s -> sources.add(s.asText()));
                assertTrue(sources.contains(uid), "every item comes from the clause");
                item.get("townshipClauses").forEach(c -> ids.add(c.get("id").asText()));
                statuses.add(item.get("status").asText());
            }
            List<String> cellIds = new ArrayList<>();
            cell.get("townshipClauses").forEach(c -> cellIds.add(c.asText()));
            assertEquals(cellIds, new ArrayList<>(ids), "the clauses that carry the items are the cell's");
            if (t.get("name").asText().equals(WANG)) {
                assertTrue(statuses.contains("不符合"));
                assertFalse(t.get("items").get(0).get("requirement").asText().isBlank());
            } else if (t.get("plan").isNull()) {
                assertTrue(statuses.stream().allMatch("无下级规划"::equals));
            }
        }
        assertTrue(impact.get("reviews").isArray());
    }

    static Run run(String... args) {
        return SearchCommandTest.run(args);
    }

    static Run ok(Run r) {
        assertEquals(0, r.code(), r.out() + r.err());
        return r;
    }

    private static JsonNode checklistTargets() throws Exception {
        JsonNode m = matrix;
        List<String> names = new ArrayList<>();
        m.get("townships").forEach(t -> names.add(t.get("name").asText()));
        // every township of the gazetteer that the checklist command knows answers, and no other
        for (String n : names) {
            ok(run("checklist", "--township", n, "--data", data, "--plan", HUNYUAN));
        }
        Run other = run("checklist", "--township", "北京镇", "--data", data, "--plan", HUNYUAN);
        String listed = other.err().substring(other.err().indexOf("可选："));
        assertEquals(names.size(), listed.split("、").length, listed);
        return m.get("townships");
    }

    private static JsonNode township(String name) {
        for (JsonNode t : matrix.get("townships")) {
            if (t.get("name").asText().equals(name)) {
                return t;
            }
        }
        throw new AssertionError(name);
    }

    private static JsonNode row(String uid) {
        for (JsonNode r : matrix.get("rows")) {
            if (r.get("uid").asText().equals(uid)) {
                return r;
            }
        }
        throw new AssertionError("no row for " + uid);
    }

    private static int sum(JsonNode coverage) {
        int s = 0;
        for (String k : List.of("covered", "uncovered", "violated", "suspect", "unreviewed")) {
            s += coverage.get(k).asInt();
        }
        return s;
    }

    private static String text(Cell c) {
        if (c == null) {
            return "";
        }
        return c.getCellType() == CellType.NUMERIC ? String.valueOf((int) c.getNumericCellValue()) : c.getStringCellValue();
    }

    /** RFC 4180 with every cell quoted, as the writer promises. */
    static List<List<String>> parseCsv(String text) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else if (ch != '\r') {
                cell.append(ch);
            }
        }
        return rows;
    }
}
