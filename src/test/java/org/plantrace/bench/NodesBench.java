package org.plantrace.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.plantrace.infrastructure.postgres.TestPostgres;
import org.plantrace.web.nodes.NodeProcess;

/**
 * The load comparison of issue #16, in one run on one machine: {@link LoadBench}'s public mix
 * against (1) one node on H2, (2) one node on PostgreSQL, (3) two nodes sharing PostgreSQL, the
 * clients spread over both. Each set-up starts fresh (new data folders, a new PostgreSQL schema),
 * is warmed up for 10 s, then measured; the load average is printed before and after each, since
 * on a shared machine it moves more than the set-ups differ.
 *
 * <p>Run from the project root, after {@code mvn -o test-compile}, with {@code PLANTRACE_TEST_PG_URL}
 * set: {@code java -cp "target/test-classes:target/classes:$(cat cp.txt)" org.plantrace.bench.NodesBench
 * 50 30 [h2,pg1,pg2]} (clients, seconds per set-up; cp.txt from {@code mvn dependency:build-classpath
 * -Dmdep.includeScope=test -Dmdep.outputFile=cp.txt}). Node heap: {@code -Dplantrace.node.heap=1g}.
 */
public final class NodesBench {
    private NodesBench() {
    }

    public static void main(String[] args) throws Exception {
        String clients = args.length > 0 ? args[0] : "50";
        String seconds = args.length > 1 ? args[1] : "30";
        List<String> setups = List.of((args.length > 2 ? args[2] : "h2,pg1,pg2").split(","));
        for (String setup : setups) {
            System.out.println("=== " + setup + " (load average " + loadAverage() + ")");
            TestPostgres pg = setup.startsWith("pg") ? TestPostgres.freshSchema() : null;
            List<NodeProcess> nodes = new ArrayList<>();
            Path home = Files.createTempDirectory("plantrace-bench-" + setup);
            try {
                int count = setup.equals("pg2") ? 2 : 1;
                for (int i = 0; i < count; i++) {
                    // one after the other: the first ingests the corpus plan into the empty database
                    NodeProcess node = NodeProcess.start("node " + i, freePort(), home.resolve("n" + i), pg == null ? null : pg.url());
                    nodes.add(node);
                    node.awaitReady(Duration.ofMinutes(10));
                }
                String bases = nodes.stream().map(NodeProcess::baseUrl).collect(Collectors.joining(","));
                System.out.println("--- warm-up, 10 s");
                LoadBench.main(new String[] {bases, clients, "10"});
                System.out.println("--- measured (load average " + loadAverage() + ")");
                long cpuBefore = cpuMillis(nodes);
                int requests = LoadBench.run(new String[] {bases, clients, seconds});
                long cpu = cpuMillis(nodes) - cpuBefore;
                // what a request costs the app JVMs in CPU, whatever it waited: the figure to project from
                System.out.printf(java.util.Locale.ROOT, "app JVMs' CPU: %.1f s for %d requests = %.1f ms per request%n",
                        cpu / 1000.0, requests, (double) cpu / requests);
                System.out.println("--- end (load average " + loadAverage() + ")");
            } finally {
                for (NodeProcess n : nodes) {
                    n.close();
                }
                if (pg != null) {
                    pg.close();
                }
                NodeProcess.deleteTree(home);
            }
        }
    }

    /** User + system CPU time of the nodes' processes so far (Linux /proc; clock ticks of 10 ms). */
    private static long cpuMillis(List<NodeProcess> nodes) throws IOException {
        long ticks = 0;
        for (NodeProcess n : nodes) {
            String stat = Files.readString(Path.of("/proc", Long.toString(n.pid()), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);
        }
        return ticks * 10;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
