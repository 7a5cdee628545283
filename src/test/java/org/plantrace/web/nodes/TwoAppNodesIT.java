package org.plantrace.web.nodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.plantrace.infrastructure.postgres.TestPostgres;
import org.plantrace.web.WebSession;

/**
 * Two running web apps on one PostgreSQL (issue #16.4): node A and node B are separate JVMs
 * ({@link AppNode}), each with its own data folder and search index, on one test schema.
 * <ol>
 * <li>an edit saved and published through node A's pages is found by node B's search within 2 s of
 * the publication's answer;</li>
 * <li>the same clause saved at the same moment on both nodes: one save is stored, the other is
 * refused with the conflict (both texts shown), nothing overwritten;</li>
 * <li>node A is killed ({@code kill -9}) while clients read from both nodes and a drafter on each
 * saves: node B answers every request, before and after, and every save either node acknowledged
 * is in the database.</li>
 * </ol>
 * Skipped without {@code PLANTRACE_TEST_PG_URL} locally, failed on CI (see {@link TestPostgres}).
 * Start-up waits are generous (a loaded 2-core machine); the 2 s bound is not.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoAppNodesIT {
    static final String PLAN = "hunyuan-2021-2035";
    static final Duration START = Duration.ofMinutes(5);
    static final long FOLLOW_BOUND_MS = 2_000;
    private static final Pattern OPEN_DRAFT = Pattern.compile("id=\"version-(\\d+)\" data-status=\"draft\"");
    private static final Pattern VERSION = Pattern.compile("/plans/[^/]+/(\\d+)\\?done=");

    private TestPostgres pg;
    private Path home;
    private NodeProcess a;
    private NodeProcess b;
    /** Load threads: node A has been killed; the load is over. */
    private final AtomicBoolean killed = new AtomicBoolean();
    private final AtomicBoolean stop = new AtomicBoolean();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    void startTwoNodes() throws Exception {
        pg = TestPostgres.freshSchema();
        home = Files.createTempDirectory("plantrace-nodes");
        // A first: on an empty database it ingests the corpus plan; B then finds it stored
        a = NodeProcess.start("node A", freePort(), home.resolve("a"), pg.url());
        a.awaitReady(START);
        b = NodeProcess.start("node B", freePort(), home.resolve("b"), pg.url());
        b.awaitReady(START);
    }

    @AfterAll
    void stop() throws Exception {
        try {
            if (a != null) {
                a.close();
            }
            if (b != null) {
                b.close();
            }
        } finally {
            if (pg != null) {
                pg.close();
            }
            NodeProcess.deleteTree(home);
        }
    }

    @Test
    @Order(1)
    void anEditPublishedOnOneNodeIsFoundBySearchOnTheOtherWithinTwoSeconds() throws Exception {
        WebSession drafter = WebSession.signedIn(a.baseUrl(), "drafter");
        WebSession reviewer = WebSession.signedIn(a.baseUrl(), "reviewer");
        long first = publishAndFollow(drafter, reviewer);
        if (first <= FOLLOW_BOUND_MS) {
            return;
        }
        // One more publication when the first was late: on a 2-core machine a burst of the build's
        // own work can starve node B for a moment. The bound must then hold for the second; two late
        // in a row fail.
        long second = publishAndFollow(drafter, reviewer);
        assertTrue(second <= FOLLOW_BOUND_MS, "node B found node A's edits after " + first + " ms and " + second
                + " ms, not within 2 s");
    }

    /** Saves a new word on node A, publishes it, and answers how long after the publication's answer node B's search found it. */
    private long publishAndFollow(WebSession drafter, WebSession reviewer) throws Exception {
        int draft = openDraft(drafter);
        String uid = articles(draft).get(0);
        String token = "nodefollow" + Long.toString(System.nanoTime() % 1_000_000, 36);
        assertEquals(302, save(drafter, draft, uid, "规划建设通用机场一处，" + token + "。").statusCode(), "saved on node A");
        assertTrue(!resultsOf(search(b, token)).contains(uid), "node B cannot find a draft's words in public search");

        lifecycle(drafter, draft, "submit");
        lifecycle(reviewer, draft, "approve");
        lifecycle(drafter, draft, "publish");
        long acknowledged = System.nanoTime();
        long foundAfter = -1;
        while (System.nanoTime() - acknowledged < 15_000_000_000L) {
            if (resultsOf(search(b, token)).contains(uid)) {
                foundAfter = (System.nanoTime() - acknowledged) / 1_000_000;
                break;
            }
            Thread.sleep(100);
        }
        System.out.println("node B found node A's published edit " + foundAfter + " ms after the publication's answer");
        assertTrue(foundAfter >= 0, "node B never found node A's edit:\n" + b.logTail());
        return foundAfter;
    }

    @Test
    @Order(2)
    void theSameClauseSavedOnBothNodesAtOnceKeepsOneAndRefusesTheOther() throws Exception {
        WebSession onA = WebSession.signedIn(a.baseUrl(), "drafter");
        WebSession onB = WebSession.signedIn(b.baseUrl(), "drafter2");
        int draft = openDraft(onA);
        String uid = articles(draft).get(1);
        FacesForm formA = editForm(onA, draft, uid);
        FacesForm formB = editForm(onB, draft, uid);
        assertEquals(formA.field("revision"), formB.field("revision"), "both started from the same revision");
        String textA = "节点甲的修改：规划建设物流园区一处。";
        String textB = "节点乙的修改：规划建设客运枢纽一处。";
        formA.set("text", textA);
        formB.set("text", textB);
        CountDownLatch go = new CountDownLatch(1);
        List<HttpResponse<String>> answers = new CopyOnWriteArrayList<>(java.util.Arrays.asList(null, null));
        Thread onNodeA = new Thread(() -> answers.set(0, await(go, () -> formA.press(onA, "save"))));
        Thread onNodeB = new Thread(() -> answers.set(1, await(go, () -> formB.press(onB, "save"))));
        onNodeA.start();
        onNodeB.start();
        go.countDown();
        onNodeA.join(120_000);
        onNodeB.join(120_000);
        HttpResponse<String> ra = answers.get(0);
        HttpResponse<String> rb = answers.get(1);
        assertTrue(ra != null && rb != null, "both saves answered");
        long stored = answers.stream().filter(r -> r.statusCode() == 302).count();
        assertEquals(1, stored, "exactly one save stored: " + ra.statusCode() + " / " + rb.statusCode());
        HttpResponse<String> refused = ra.statusCode() == 302 ? rb : ra;
        String winner = ra.statusCode() == 302 ? textA : textB;
        String loser = ra.statusCode() == 302 ? textB : textA;
        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("id=\"conflict\""), "the other save is refused as a conflict: " + refused.body());
        assertTrue(refused.body().contains(loser), "the refused drafter still sees their own text");
        assertTrue(refused.body().contains(winner), "and the text that was stored");
        assertEquals(winner, clauseText(draft, uid), "the database holds the save that was acknowledged");
        assertEquals(1, auditCount(draft, uid), "one edit audited");
    }

    @Test
    @Order(3)
    void killingOneNodeMidLoadLeavesTheOtherServingAndLosesNoAcknowledgedSave() throws Exception {
        WebSession drafterA = WebSession.signedIn(a.baseUrl(), "drafter");
        WebSession drafterB = WebSession.signedIn(b.baseUrl(), "drafter2");
        int draft = openDraft(drafterA);
        List<String> uids = articles(draft);
        String published = uids.get(3);
        Writer writerA = new Writer(drafterA, draft, uids.get(4), "甲");
        Writer writerB = new Writer(drafterB, draft, uids.get(5), "乙");
        List<Reader> readers = List.of(new Reader(a, published), new Reader(a, published), new Reader(b, published),
                new Reader(b, published));
        List<Thread> threads = new ArrayList<>();
        for (Runnable r : List.of(writerA, writerB, readers.get(0), readers.get(1), readers.get(2), readers.get(3))) {
            Thread t = new Thread(r);
            threads.add(t);
            t.start();
        }
        // under load, not at a fixed moment: both nodes have stored saves and answered reads
        waitUntil(() -> writerA.acknowledged.size() >= 2 && writerB.acknowledged.size() >= 2
                && readers.stream().allMatch(r -> r.count.get() >= 3));
        a.kill();
        killed.set(true);
        waitUntil(() -> writerB.afterKill.get() >= 3 && readers.get(2).afterKill.get() >= 3 && readers.get(3).afterKill.get() >= 3);
        stop.set(true);
        for (Thread t : threads) {
            t.join(120_000);
        }
        for (Reader r : readers.subList(2, 4)) {
            assertTrue(r.errors.isEmpty(), "node B failed requests: " + r.errors + "\n" + b.logTail());
            assertTrue(r.afterKill.get() > 0, "node B answered after node A was killed");
        }
        assertTrue(readers.get(0).afterKill.get() + readers.get(1).afterKill.get() == 0, "node A was really killed");
        assertTrue(writerB.failures.isEmpty(), "node B refused saves: " + writerB.failures);
        assertTrue(writerB.afterKill.get() > 0, "node B stored saves after node A was killed");
        assertTrue(writerA.acknowledged.size() > 0 && writerB.acknowledged.size() > 0, "both nodes stored saves before the kill");
        for (Writer w : List.of(writerA, writerB)) {
            List<String> audited = auditedTexts(draft, w.uid);
            for (String text : w.acknowledged) {
                assertTrue(audited.stream().anyMatch(t -> t.contains(text)), "acknowledged save " + text + " is audited");
            }
            String now = clauseText(draft, w.uid);
            String last = w.acknowledged.get(w.acknowledged.size() - 1);
            // a save A was working on when it died may have committed without its answer arriving
            assertTrue(now.equals(last) || now.equals(w.inFlight), "clause " + w.uid + " holds " + now + ", acknowledged " + last);
        }
        assertEquals(writerB.acknowledged.get(writerB.acknowledged.size() - 1), clauseText(draft, writerB.uid));
        System.out.println("kill -9 of node A under load: node B answered " + (readers.get(2).count.get() + readers.get(3).count.get())
                + " reads with no error; saves acknowledged: A " + writerA.acknowledged.size() + ", B " + writerB.acknowledged.size());
    }

    // ------------------------------------------------------------------ load

    /** A public reader looping over home, a clause page and a search on one node. */
    private final class Reader implements Runnable {
        final NodeProcess node;
        final List<String> paths;
        final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        final AtomicInteger count = new AtomicInteger();
        final AtomicInteger afterKill = new AtomicInteger();

        Reader(NodeProcess node, String uid) {
            this.node = node;
            this.paths = List.of("/", "/clause/" + uid, "/search?q=" + URLEncoder.encode("生态保护红线", StandardCharsets.UTF_8));
        }

        @Override
        public void run() {
            int i = 0;
            while (!stop.get()) {
                String path = paths.get(i++ % paths.size());
                boolean after = killed.get();
                try {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(node.baseUrl() + path))
                            .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() != 200) {
                        errors.add(path + " " + r.statusCode());
                    } else {
                        count.incrementAndGet();
                        if (after) {
                            afterKill.incrementAndGet();
                        }
                    }
                } catch (IOException e) {
                    errors.add(path + " " + e);
                    if (after || !node.alive()) {
                        pause(200);
                    }
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    /** A drafter saving one clause again and again through one node's editor. */
    private final class Writer implements Runnable {
        final WebSession session;
        final int draft;
        final String uid;
        final String who;
        final List<String> acknowledged = new CopyOnWriteArrayList<>();
        final List<String> failures = new CopyOnWriteArrayList<>();
        final AtomicInteger afterKill = new AtomicInteger();
        volatile String inFlight;

        Writer(WebSession session, int draft, String uid, String who) {
            this.session = session;
            this.draft = draft;
            this.uid = uid;
            this.who = who;
        }

        @Override
        public void run() {
            for (int n = 1; !stop.get(); n++) {
                boolean after = killed.get();
                String text = "规划建设停车场" + n + "处（" + who + "节点第" + n + "次保存）。";
                try {
                    FacesForm form = editForm(session, draft, uid).set("text", text);
                    inFlight = text;
                    HttpResponse<String> r = form.press(session, "save");
                    if (r.statusCode() == 302 && r.headers().firstValue("Location").orElse("").contains("done=saved")) {
                        acknowledged.add(text);
                        if (after) {
                            afterKill.incrementAndGet();
                        }
                    } else {
                        failures.add(text + ": " + r.statusCode());
                    }
                } catch (RuntimeException | AssertionError e) {
                    failures.add(text + ": " + e);
                    pause(200);
                }
                pause(100);
            }
        }
    }

    // ------------------------------------------------------------------ pages

    /** The plan's draft, opened by {@code drafter} unless one is open; answers its number. */
    private int openDraft(WebSession drafter) {
        HttpResponse<String> page = drafter.get("/plans/" + PLAN);
        assertEquals(200, page.statusCode());
        Matcher open = OPEN_DRAFT.matcher(page.body());
        if (open.find()) {
            return Integer.parseInt(open.group(1));
        }
        HttpResponse<String> r = FacesForm.in(page.body(), "lifecycle").press(drafter, "open-draft");
        assertEquals(302, r.statusCode(), "draft opened: " + r.body());
        Matcher m = VERSION.matcher(r.headers().firstValue("Location").orElseThrow());
        assertTrue(m.find(), "redirected to the new draft: " + r.headers().map());
        return Integer.parseInt(m.group(1));
    }

    private static FacesForm editForm(WebSession drafter, int draft, String uid) {
        HttpResponse<String> page = drafter.get("/plans/" + PLAN + "/" + draft + "/clauses/" + uid + "/edit");
        if (page.statusCode() != 200) {
            throw new AssertionError("editor answered " + page.statusCode());
        }
        return FacesForm.in(page.body(), "edit");
    }

    private static HttpResponse<String> save(WebSession drafter, int draft, String uid, String text) {
        return editForm(drafter, draft, uid).set("text", text).press(drafter, "save");
    }

    /** Presses submit, approve or publish on the version page. */
    private static void lifecycle(WebSession who, int version, String button) {
        HttpResponse<String> page = who.get("/plans/" + PLAN + "/" + version);
        HttpResponse<String> r = FacesForm.in(page.body(), "lifecycle").press(who, button);
        assertEquals(302, r.statusCode(), button + ": " + r.body());
    }

    private HttpResponse<String> search(NodeProcess node, String words) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(node.baseUrl() + "/search?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The result list of a search page (the query itself is echoed elsewhere on the page). */
    private static String resultsOf(HttpResponse<String> page) {
        int at = page.body().indexOf("id=\"results\"");
        return at < 0 ? "" : page.body().substring(at);
    }

    // ------------------------------------------------------------------ database

    /** The articles of the version, in plan order. */
    private List<String> articles(int version) throws SQLException {
        List<String> uids = column("select c.uid from clause c join plan_version v on c.version_id = v.id"
                + " where v.plan_code = ? and v.version_number = ? and c.kind = 'ARTICLE' order by c.ordinal", version);
        assertTrue(uids.size() > 6, "the plan has articles");
        return uids;
    }

    private String clauseText(int version, String uid) throws SQLException {
        List<String> text = column("select c.clause_text from clause c join plan_version v on c.version_id = v.id"
                + " where v.plan_code = ? and v.version_number = ? and c.uid = ?", version, uid);
        assertTrue(!text.isEmpty(), "clause " + uid + " stored");
        return text.get(0);
    }

    private List<String> auditedTexts(int version, String uid) throws SQLException {
        return column("select after_text from audit_entry where plan_code = ? and version_number = ? and clause_uid = ?"
                + " and action = 'EDIT_CLAUSE'", version, uid);
    }

    private int auditCount(int version, String uid) throws SQLException {
        return auditedTexts(version, uid).size();
    }

    /** The first column of a query on this test's plan, read straight from the shared database: the plan code, the version, then {@code more}. */
    private List<String> column(String sql, int version, String... more) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(pg.url()); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, PLAN);
            s.setInt(2, version);
            for (int k = 0; k < more.length; k++) {
                s.setString(3 + k, more[k]);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(r.getString(1));
                }
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ helpers

    private static <T> T await(CountDownLatch go, java.util.function.Supplier<T> action) {
        try {
            go.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return action.get();
    }

    /** At least 5 s and at most 2 minutes of load, until {@code enough}. */
    private static void waitUntil(java.util.function.BooleanSupplier enough) throws InterruptedException {
        long start = System.nanoTime();
        while (System.nanoTime() - start < 5_000_000_000L || !enough.getAsBoolean() && System.nanoTime() - start < 120_000_000_000L) {
            Thread.sleep(200);
        }
    }

    private static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
