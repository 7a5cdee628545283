package org.plantrace.web.nodes;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * One app node in a child JVM ({@link AppNode}) with its own data folder, on a database the test
 * names. Its output goes to {@code node.log} in its folder, shown when it does not come up.
 */
public final class NodeProcess implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String name;
    private final int port;
    private final Path home;
    private final Process process;

    private NodeProcess(String name, int port, Path home, Process process) {
        this.name = name;
        this.port = port;
        this.home = home;
        this.process = process;
    }

    /**
     * Starts a node on {@code port} with the folder {@code home} (its web app copy, data folder and
     * log) on the database {@code dbUrl} (user and password as URL parameters; null: H2 in its data
     * folder). Heap: {@code -Dplantrace.node.heap} (512m).
     */
    /** The build's main classes folder, wherever the build puts it (-Dplantrace.build.dir). */
    static Path mainClasses() {
        try {
            return Path.of(org.plantrace.web.search.IndexFollowing.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static NodeProcess start(String name, int port, Path home, String dbUrl) throws IOException {
        Path war = home.resolve("war");
        copyTree(Path.of("webapp"), war);
        copyTree(mainClasses(), war.resolve("WEB-INF/classes"));
        Path data = Files.createDirectories(home.resolve("data"));
        // the class path is long: java reads it from an argument file
        Path args = home.resolve("java.args");
        Files.writeString(args, "-cp\n" + classPath() + "\n");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + System.getProperty("plantrace.node.heap", "512m"), "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8",
                "-Dplantrace.data=" + data.toAbsolutePath(),
                "-Dplantrace.corpus=" + Path.of("corpus").toAbsolutePath(),
                "-Dplantrace.bootstrap.accounts=" + Path.of("src/test/resources/it-accounts.tsv").toAbsolutePath()));
        if (dbUrl != null) {
            command.add("-Dplantrace.db.url=" + dbUrl);
        }
        command.addAll(List.of("@" + args.toAbsolutePath(), AppNode.class.getName(), Integer.toString(port),
                war.toAbsolutePath().toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(home.resolve("node.log").toFile()).start();
        return new NodeProcess(name, port, home, p);
    }

    /** The child JVM's process id (for {@code jcmd}). */
    public long pid() {
        return process.pid();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public String name() {
        return name;
    }

    /** Waits until {@code /health} says ok (database read, search index holding every version). */
    public void awaitReady(Duration patience) throws InterruptedException {
        long end = System.nanoTime() + patience.toNanos();
        String last = "no answer";
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new AssertionError(name + " exited with " + process.exitValue() + ":\n" + logTail());
            }
            try {
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/health"))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                last = r.statusCode() + " " + r.body();
                if (r.statusCode() == 200 && r.body().contains("\"status\":\"ok\"")) {
                    return;
                }
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(500);
        }
        throw new AssertionError(name + " not ready after " + patience + " (" + last + "):\n" + logTail());
    }

    /** {@code kill -9}: the JVM gets no chance to close anything. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    public boolean alive() {
        return process.isAlive();
    }

    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(home.resolve("node.log"), StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    /** The test's class path; under a manifest-only booter jar, the jar's Class-Path. */
    static String classPath() throws IOException {
        String cp = System.getProperty("java.class.path");
        String[] entries = cp.split(File.pathSeparator);
        if (entries.length == 1 && entries[0].endsWith(".jar")) {
            try (JarFile jar = new JarFile(entries[0])) {
                Manifest m = jar.getManifest();
                String listed = m == null ? null : m.getMainAttributes().getValue("Class-Path");
                if (listed != null) {
                    List<String> files = new ArrayList<>();
                    for (String url : listed.trim().split("\\s+")) {
                        files.add(Path.of(URI.create(url)).toString());
                    }
                    return String.join(File.pathSeparator, files);
                }
            }
        }
        return cp;
    }

    /** Deletes a nodes' folder (web app copies, data folders, logs) once its nodes are stopped. */
    public static void deleteTree(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : (Iterable<Path>) files.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(f);
            }
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
