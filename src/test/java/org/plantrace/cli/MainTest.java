package org.plantrace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.EntityManagerFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.infrastructure.DataDirectory;
import org.plantrace.infrastructure.persistence.JpaPlanRepository;
import org.plantrace.infrastructure.persistence.PlanTracePersistence;

class MainTest {
    static final Path SEED_FOLDER = Path.of("corpus/hunyuan");
    static final Path SEED = SEED_FOLDER.resolve("hunyuan-2021-2035.txt");
    static final List<String> NODE_FIELDS = List.of("id", "uid", "kind", "num", "heading", "text", "mandatory",
            "mandatoryProvenance", "mandatorySpans", "indicators", "entities", "children");
    static final Set<String> KINDS = Set.of("chapter", "section", "article", "item", "sub-item", "paragraph", "table");

    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    /** Runs in-process; the streams deliberately use Latin-1 to show the output is UTF-8 regardless. */
    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.ISO_8859_1),
                new PrintStream(err, true, StandardCharsets.ISO_8859_1));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void helpGoesToStdoutAndNoArgumentsIsAUsageError() {
        Run help = run("help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("用法") && help.out().contains("usage"), help.out());
        Run none = run();
        assertEquals(1, none.code());
        assertTrue(none.err().contains("usage"));
        Run unknown = run("publish");
        assertEquals(1, unknown.code());
        assertEquals(1, unknown.errLines().size());
        assertTrue(unknown.err().contains("publish"));
        assertEquals(1, run("parse").code());
        assertEquals(1, run("ingest", SEED_FOLDER.toString(), "--force").code());
    }

    @Test
    void parsePrintsTheClauseTreeAsJson() throws IOException {
        Run r = run("parse", SEED.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());

        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals(List.of("title", "clauses", "warnings"), fieldNames(root));
        assertEquals("浑源县国土空间总体规划（2021—2035年）", root.get("title").asText());
        List<JsonNode> nodes = new ArrayList<>();
        root.get("clauses").forEach(n -> collect(n, nodes));
        assertTrue(nodes.size() > 100, "clauses: " + nodes.size());
        Set<String> uids = new java.util.HashSet<>();
        for (JsonNode n : nodes) {
            assertEquals(NODE_FIELDS, fieldNames(n));
            assertTrue(KINDS.contains(n.get("kind").asText()), n.toString());
            assertTrue(n.get("id").asText().matches("[a-z]+_\\d+(__[a-z]+_\\d+)*"), n.get("id").asText());
            assertTrue(n.get("uid").asText().matches("c[a-z2-7]{8}"));
            assertTrue(uids.add(n.get("uid").asText()), "uids are unique");
            assertTrue(n.get("mandatory").isBoolean());
            assertTrue(n.get("mandatoryProvenance").isNull() || n.get("mandatoryProvenance").isTextual());
            n.get("mandatorySpans").forEach(span -> assertEquals(2, span.size()));
        }
        for (JsonNode w : root.get("warnings")) {
            assertEquals(List.of("location", "message"), fieldNames(w));
        }
        JsonNode farmland = nodes.stream().filter(n -> n.get("heading").asText().equals("划定耕地和永久基本农田保护红线"))
                .findFirst().orElseThrow();
        assertTrue(StreamSupport.stream(farmland.get("indicators").spliterator(), false).anyMatch(i ->
                i.get("value").decimalValue().compareTo(new java.math.BigDecimal("73.39")) == 0
                        && i.get("unit").asText().equals("万亩") && i.get("op").asText().equals(">=")),
                farmland.get("indicators").toString());
        assertEquals(r.out(), run("parse", SEED.toString()).out(), "ids and output are stable");
    }

    @Test
    void ingestTwiceMakesVersionTwoWithTheSameDurableIds() throws IOException {
        Path data = tmp.resolve("data");
        Run first = run("ingest", SEED_FOLDER.toString(), "--data", data.toString());
        Run second = run("ingest", SEED_FOLDER.toString(), "--data", data.toString(), "--publish");

        assertEquals(0, first.code(), first.err());
        assertEquals(0, second.code(), second.err());
        assertEquals(1, first.out().lines().count());
        assertTrue(first.out().contains("plan=hunyuan-2021-2035 version=1 "), first.out());
        assertTrue(first.out().contains("status=draft"), first.out());
        assertTrue(second.out().contains("version=2 "), second.out());
        assertTrue(second.out().contains("status=published"), second.out());
        assertTrue(second.out().contains("new=0"), second.out());
        List<PlanVersion> versions = versions(data);
        assertEquals(2, versions.size());
        assertEquals(uids(versions.get(0)), uids(versions.get(1)));
    }

    @Test
    void emptyFileIsRefused() throws IOException {
        assertRefused(Files.createFile(tmp.resolve("empty.txt")));
    }

    @Test
    void garbageNamedPdfOrDocxIsRefused() throws IOException {
        assertRefused(Files.write(tmp.resolve("plan.pdf"), randomBytes(5000)));
        assertRefused(Files.write(tmp.resolve("plan.docx"), randomBytes(5000)));
        assertRefused(Files.writeString(tmp.resolve("fake.docx"), "PK\u0003\u0004 but not a zip", StandardCharsets.ISO_8859_1));
    }

    @Test
    void randomBytesNamedTxtAreRefused() throws IOException {
        assertRefused(Files.write(tmp.resolve("binary.txt"), randomBytes(20000)));
    }

    @Test
    void missingFileIsRefused() {
        assertRefused(tmp.resolve("nowhere.txt"));
    }

    @Test
    void a200MegabyteTextIsRefusedUnread() throws IOException {
        Path huge = tmp.resolve("huge.txt");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(200L << 20); // sparse: no 200 MB written
        }
        long before = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        Run r = assertRefused(huge);
        assertTrue(r.err().contains("MB"), r.err());
        long after = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        assertTrue(after - before < (100L << 20), "memory grew by " + ((after - before) >> 20) + " MB");
    }

    @Test
    void unwritableDataDirectoryIsRefusedInOneLine() throws IOException {
        Path occupied = Files.writeString(tmp.resolve("occupied"), "a file, not a folder");
        Run r = run("ingest", SEED_FOLDER.toString(), "--data", occupied.resolve("data").toString());
        assertEquals(2, r.code());
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.err().contains(occupied.toString()), r.err());
    }

    @Test
    void aDatabaseHeldByAnotherProgramIsRefusedInOneLine() throws IOException {
        Path data = tmp.resolve("data");
        assertEquals(0, run("ingest", SEED_FOLDER.toString(), "--data", data.toString()).code());
        Path file = DataDirectory.at(data).database().resolveSibling("plantrace.mv.db");
        // what a running web app does to the file: holds it open and locked
        try (org.h2.mvstore.MVStore held = new org.h2.mvstore.MVStore.Builder().fileName(file.toString()).open()) {
            Run r = run("ingest", SEED_FOLDER.toString(), "--data", data.toString());
            assertEquals(2, r.code(), r.err());
            assertEquals(1, r.errLines().size(), r.err());
            assertTrue(r.err().contains(data.toString()), r.err());
        }
    }

    @Test
    void aBrokenDatabaseIsAnInternalErrorInOneLine() throws IOException {
        Path data = tmp.resolve("data");
        Path db = DataDirectory.at(data).database();
        Files.createDirectories(db.getParent());
        Files.write(db.resolveSibling(db.getFileName() + ".mv.db"), randomBytes(100_000));

        Run r = run("ingest", SEED_FOLDER.toString(), "--data", data.toString());

        assertEquals(3, r.code(), r.err());
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.err().startsWith("内部错误"), r.err());
        assertEquals("", r.out());
    }

    /** Exit 2, one line on stderr naming the file, nothing on stdout, nothing stored. */
    private Run assertRefused(Path file) {
        Path data = tmp.resolve("data-" + file.getFileName());
        Run r = run("ingest", file.toString(), "--data", data.toString());
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.err().startsWith(file.getFileName().toString()), r.err());
        assertEquals("", r.out());
        assertTrue(versionsOfAnyPlan(data).isEmpty(), "nothing stored");

        Run parse = run("parse", file.toString());
        assertEquals(2, parse.code());
        assertEquals(r.err(), parse.err());
        return r;
    }

    private static List<PlanVersion> versionsOfAnyPlan(Path data) {
        EntityManagerFactory factory = open(data);
        try {
            JpaPlanRepository repository = new JpaPlanRepository(factory);
            return repository.plans().stream().flatMap(p -> repository.versions(p.code()).stream()).toList();
        } finally {
            factory.close();
        }
    }

    private static List<PlanVersion> versions(Path data) {
        EntityManagerFactory factory = open(data);
        try {
            return new JpaPlanRepository(factory).versions("hunyuan-2021-2035");
        } finally {
            factory.close();
        }
    }

    private static EntityManagerFactory open(Path data) {
        return PlanTracePersistence.open(DataDirectory.at(data), Map.of(PlanTracePersistence.LOGGING_LEVEL, "OFF"));
    }

    private static List<String> uids(PlanVersion v) {
        return ClauseTree.flatten(v.clauses()).stream().map(Clause::uid).toList();
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        new Random(42).nextBytes(bytes);
        return bytes;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static void collect(JsonNode node, List<JsonNode> into) {
        into.add(node);
        StreamSupport.stream(node.get("children").spliterator(), false).forEach(c -> collect(c, into));
    }
}
