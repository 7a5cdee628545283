package org.plantrace.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A load test anyone can run against a running PlanTrace (issue #15): N clients for S seconds, each
 * looping over the mix a public visitor makes — home, a clause page, a search, a checklist page, the
 * checklist as Word and as PDF — and the figures per kind of request: count, errors (any status but
 * 200), p50 and p95. With {@code --pid PID} of the server it samples the server's heap
 * ({@code jcmd PID GC.heap_info}, garbage included) at the start, the middle and the end, and the live
 * heap ({@code jcmd PID GC.class_histogram}, which collects first: what the server really keeps) at
 * the start and the end, to show whether it stays level. Not a timed test: figures go to
 * docs/benchmarks.md with the machine they were taken on.
 *
 * <p>The public's reading pages are kept whole for anonymous readers (org.plantrace.web.cache);
 * start the server with {@code -Dplantrace.pageCache.pages=0} to measure them rendered every time.
 *
 * <p>Run: {@code mvn jetty:run} in one terminal, then
 * {@code java -cp "target/test-classes:target/classes:$(cat cp.txt)" org.plantrace.bench.LoadBench
 * http://localhost:8080 50 60 [--pid PID]}. Several nodes: {@code http://a:8080,http://b:8080} — the
 * clients are spread over them round-robin, each client staying on one node ({@link NodesBench}
 * starts the nodes and runs the comparison of issue #16).
 */
public final class LoadBench {
    private static final Pattern CLAUSE = Pattern.compile("href=\"(/clause/[^\"#?]+)\"");

    public static void main(String[] args) throws Exception {
        run(args);
    }

    /** Runs the load as {@link #main} does; answers how many requests were made. */
    static int run(String[] args) throws Exception {
        // several base URLs, comma-separated: client i stays on node i mod n (as a sticky proxy would)
        List<String> bases = List.of((args.length > 0 ? args[0] : "http://localhost:8080").split(","));
        String base = bases.get(0);
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        String pid = args.length > 4 && args[3].equals("--pid") ? args[4] : null;
        Measurement.printMachine();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String home = http.send(HttpRequest.newBuilder(URI.create(base + "/")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        List<String> clauses = new ArrayList<>();
        Matcher m = CLAUSE.matcher(home);
        while (m.find() && clauses.size() < 50) {
            clauses.add(m.group(1));
        }
        if (clauses.isEmpty()) {
            throw new IllegalStateException("no clause links on " + base + "/ — is the plan loaded?");
        }
        String township = URLEncoder.encode("王庄堡镇", StandardCharsets.UTF_8);
        Map<String, String> mix = new java.util.LinkedHashMap<>();
        mix.put("home", "/");
        mix.put("clause", null);
        mix.put("search", "/search?q=" + URLEncoder.encode("生态保护红线", StandardCharsets.UTF_8));
        mix.put("checklist", "/checklist?township=" + township);
        mix.put("word", "/checklist/file?township=" + township + "&format=docx");
        mix.put("pdf", "/checklist/file?township=" + township + "&format=pdf");
        Map<String, List<Long>> times = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
        mix.keySet().forEach(k -> {
            times.put(k, new CopyOnWriteArrayList<>());
            errors.put(k, new AtomicInteger());
        });
        live(pid, "start");
        heap(pid, "start");
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int id = c;
            String node = bases.get(c % bases.size());
            Thread t = new Thread(() -> {
                int n = id;
                while (System.nanoTime() < end) {
                    for (Map.Entry<String, String> e : mix.entrySet()) {
                        String path = e.getValue() != null ? e.getValue() : clauses.get(n++ % clauses.size());
                        long t0 = System.nanoTime();
                        try {
                            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(node + path))
                                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
                            if (r.statusCode() != 200) {
                                errors.get(e.getKey()).incrementAndGet();
                            }
                        } catch (Exception ex) {
                            errors.get(e.getKey()).incrementAndGet();
                        }
                        times.get(e.getKey()).add(System.nanoTime() - t0);
                    }
                }
            });
            threads.add(t);
            t.start();
        }
        Thread.sleep(seconds * 500L);
        heap(pid, "middle");
        for (Thread t : threads) {
            t.join();
        }
        heap(pid, "end");
        live(pid, "end");
        List<Long> all = new ArrayList<>();
        int allErrors = 0;
        System.out.printf(Locale.ROOT, "%d clients, %d s against %s%n", clients, seconds, String.join(" + ", bases));
        for (String k : mix.keySet()) {
            List<Long> list = new ArrayList<>(times.get(k));
            all.addAll(list);
            allErrors += errors.get(k).get();
            report(k, list, errors.get(k).get());
        }
        report("all", all, allErrors);
        return all.size();
    }

    private static void report(String what, List<Long> nanos, int errors) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "%-10s requests %6d  errors %4d  p50 %8.1f ms  p95 %8.1f ms%n", what, sorted.size(),
                errors, pct(sorted, 0.50), pct(sorted, 0.95));
    }

    private static double pct(List<Long> sorted, double p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) (p * sorted.size()))) / 1e6;
    }

    /** The histogram's last line: "Total  instances  bytes" of what survived a full collection. */
    private static void live(String pid, String when) {
        if (pid == null) {
            return;
        }
        try {
            Process p = new ProcessBuilder("jcmd", pid, "GC.class_histogram").redirectErrorStream(true).start();
            String total = "(not read)";
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.startsWith("Total")) {
                        String[] parts = line.trim().split("\\s+");
                        total = String.format(Locale.ROOT, "%.1f MB", Long.parseLong(parts[2]) / 1e6);
                    }
                }
            }
            p.waitFor();
            System.out.println("server live heap at " + when + " (after a full GC): " + total);
        } catch (Exception e) {
            System.out.println("server live heap at " + when + ": not read (" + e.getMessage() + ")");
        }
    }

    private static void heap(String pid, String when) {
        if (pid == null) {
            return;
        }
        try {
            Process p = new ProcessBuilder("jcmd", pid, "GC.heap_info").redirectErrorStream(true).start();
            Map<String, String> lines = new TreeMap<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.contains("total") && line.contains("used")) {
                        lines.put(when, line.strip());
                        break;
                    }
                }
            }
            p.waitFor();
            System.out.println("server heap at " + when + ": " + lines.getOrDefault(when, "(not read)"));
        } catch (Exception e) {
            System.out.println("server heap at " + when + ": not read (" + e.getMessage() + ")");
        }
    }
}
