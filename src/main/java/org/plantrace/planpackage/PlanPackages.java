package org.plantrace.planpackage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.plantrace.extract.entity.EntityLinker;
import org.plantrace.extract.entity.Gazetteer;
import org.plantrace.ingest.InputRejectedException;
import org.plantrace.spatial.LayerSet;

/**
 * Every plan package under some root folders — each folder directly below a root that holds a
 * {@code plan.properties} — indexed by plan code, with parents resolved. The shipped corpus is
 * one root; the data folder's {@code plans/} (lower plans brought in later) another. A folder
 * that is not a usable package (unreadable properties, a code already taken, a parent that does
 * not exist or a loop of parents) is left out and kept in {@link #problems()}, one line naming the
 * file, so that one broken package never hides the others.
 */
public final class PlanPackages {
    /** The system property naming the corpus folder (else {@code ./corpus}). */
    public static final String CORPUS_PROPERTY = "plantrace.corpus";
    /** The data folder's sub-folder for uploaded plan packages. */
    public static final String DATA_PLANS = "plans";
    private static final Logger LOG = Logger.getLogger(PlanPackages.class.getName());
    private static final Map<List<Path>, PlanPackages> LOCATED = new HashMap<>();

    private final Map<String, PlanPackage> byCode;
    private final List<String> problems;
    /** Linkers by plan code, a broken gazetteer's empty one included, so it is logged once, not per clause. */
    private final Map<String, EntityLinker> linkers = new java.util.concurrent.ConcurrentHashMap<>();

    private PlanPackages(Map<String, PlanPackage> byCode, List<String> problems) {
        this.byCode = Collections.unmodifiableMap(byCode);
        this.problems = List.copyOf(problems);
    }

    /** The packages below these roots (a missing root holds none), roots and folders in name order. */
    public static PlanPackages discover(List<Path> roots) {
        Map<String, PackageProperties> props = new LinkedHashMap<>();
        Map<String, Path> folders = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (Path root : roots) {
            for (Path folder : candidates(root, problems)) {
                try {
                    PackageProperties p = PackageProperties.read(folder);
                    if (folders.containsKey(p.code())) {
                        problems.add(folder.resolve(PlanPackage.PROPERTIES) + ": code=" + p.code() + " 与 "
                                + folders.get(p.code()) + " 重复，已忽略此资料包");
                        continue;
                    }
                    props.put(p.code(), p);
                    folders.put(p.code(), folder.toAbsolutePath().normalize());
                } catch (InputRejectedException e) {
                    problems.add(e.getMessage());
                }
            }
        }
        Map<String, PlanPackage> built = new LinkedHashMap<>();
        for (String code : props.keySet()) {
            build(code, props, folders, built, new ArrayList<>(), problems);
        }
        new java.util.LinkedHashSet<>(problems).forEach(p -> LOG.warning(() -> "plan package skipped: " + p));
        return new PlanPackages(built, new ArrayList<>(new java.util.LinkedHashSet<>(problems)));
    }

    /**
     * The packages of the configured corpus ({@value #CORPUS_PROPERTY}, else {@code ./corpus}) and
     * of the data folder's {@code plans/} ({@code plantrace.data} / {@code PLANTRACE_DATA}, else
     * {@code ./data}), found once per pair of folders and kept until {@link #forgetLocated()}.
     */
    public static PlanPackages located() {
        List<Path> roots = List.of(corpusRoot(), dataPlansRoot());
        synchronized (LOCATED) {
            return LOCATED.computeIfAbsent(roots, PlanPackages::discover);
        }
    }

    /** Forgets the located packages, so that the next {@link #located()} looks again (a package was added). */
    public static void forgetLocated() {
        synchronized (LOCATED) {
            LOCATED.clear();
        }
    }

    public static Path corpusRoot() {
        String configured = System.getProperty(CORPUS_PROPERTY);
        return Path.of(configured == null || configured.isBlank() ? "corpus" : configured.strip()).toAbsolutePath().normalize();
    }

    /** Where packages of plans brought in later are kept: the data folder's {@value #DATA_PLANS}/. */
    public static Path dataPlansRoot() {
        String data = System.getProperty("plantrace.data");
        if (data == null || data.isBlank()) {
            data = System.getenv("PLANTRACE_DATA");
        }
        return Path.of(data == null || data.isBlank() ? "data" : data.strip()).resolve(DATA_PLANS).toAbsolutePath().normalize();
    }

    /** Every package, parents before their children, otherwise in discovery order. */
    public List<PlanPackage> all() {
        List<PlanPackage> out = new ArrayList<>();
        byCode.values().forEach(p -> addParentsFirst(p, out));
        return out;
    }

    public Optional<PlanPackage> byCode(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    /** What kept a folder out, one line each naming the file. */
    public List<String> problems() {
        return problems;
    }

    /**
     * The gazetteer linker of the plan with this code; an empty one when the plan has no package or
     * its gazetteer is malformed (logged): derived links must not fail a page or an ingest.
     */
    public EntityLinker linker(String code) {
        Optional<PlanPackage> p = byCode(code);
        // a lower plan brought in without a folder of its own (LowerPlanCodes: <parent>--<township>…)
        // inherits its parent's gazetteer, as a package with a parent does
        for (String c = code; p.isEmpty() && c != null && c.contains("--"); ) {
            c = c.substring(0, c.lastIndexOf("--"));
            p = byCode(c);
        }
        if (p.isEmpty()) {
            return EMPTY;
        }
        PlanPackage found = p.get();
        return linkers.computeIfAbsent(code, c -> linkerOf(found));
    }

    private static final EntityLinker EMPTY = new EntityLinker(Gazetteer.empty());

    private static EntityLinker linkerOf(PlanPackage p) {
        try {
            return p.linker();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "gazetteer of plan package " + p + " not usable; nothing is linked", e);
            return EMPTY;
        }
    }

    /**
     * The layers of the plan with this code, empty when it has no package or no layers.
     *
     * @throws InputRejectedException a layers folder exists but cannot be read
     */
    public Optional<LayerSet> layers(String code) throws InputRejectedException {
        Optional<PlanPackage> p = byCode(code);
        return p.isEmpty() ? Optional.empty() : p.get().layers();
    }

    /**
     * The package of what a command is given: a package folder (its registered package, else the
     * folder read with its parent looked up here), or a plan document, which belongs to the folder
     * holding it when that folder is a package or has a gazetteer or layers of its own, else to the
     * package whose code is the document's name (a copy of a shipped plan), else to a bare package
     * that holds nothing.
     *
     * @throws InputRejectedException a folder was given that is not a usable package
     */
    public PlanPackage forPath(Path path) throws InputRejectedException {
        Path abs = path.toAbsolutePath().normalize();
        if (Files.isDirectory(abs)) {
            return folderPackage(abs);
        }
        Path dir = abs.getParent();
        if (dir != null && Files.isRegularFile(dir.resolve(PlanPackage.PROPERTIES))) {
            try {
                return folderPackage(dir);
            } catch (InputRejectedException e) {
                LOG.warning(() -> "plan package not usable: " + e.getMessage());
            }
        }
        String code = codeOf(abs);
        if (dir != null && (Files.isRegularFile(dir.resolve(PlanPackage.GAZETTEER)) || Files.isDirectory(dir.resolve(PlanPackage.LAYERS)))) {
            return new PlanPackage(code, dir, abs.getFileName().toString(), null);
        }
        return byCode(code).orElseGet(() -> PlanPackage.bare(code, null));
    }

    private PlanPackage folderPackage(Path dir) throws InputRejectedException {
        PackageProperties p = PackageProperties.read(dir);
        PlanPackage registered = byCode.get(p.code());
        if (registered != null && registered.folder().map(dir::equals).orElse(false)) {
            return registered;
        }
        if (p.parent() != null && !byCode.containsKey(p.parent())) {
            throw new InputRejectedException(dir.resolve(PlanPackage.PROPERTIES).toString(),
                    "parent=" + p.parent() + " 不存在（没有 code=" + p.parent() + " 的资料包）");
        }
        return new PlanPackage(p.code(), dir, p.document(), p.parent() == null ? null : byCode.get(p.parent()));
    }

    /** A bare document's plan code: its file name without extension, lower case, runs of other characters as '-'. */
    static String codeOf(Path document) {
        String name = document.getFileName() == null ? "" : document.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return Normalizer.normalize(stem, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}_]+", "-").replaceAll("^-+|-+$", "");
    }

    private void addParentsFirst(PlanPackage p, List<PlanPackage> out) {
        if (out.contains(p)) {
            return;
        }
        p.parent().ifPresent(parent -> addParentsFirst(parent, out));
        out.add(p);
    }

    private static List<Path> candidates(Path root, List<String> problems) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(root)) {
            // hidden folders are packages being written (PackageWriter), not packages yet
            return s.filter(Files::isDirectory).filter(d -> !d.getFileName().toString().startsWith("."))
                    .filter(d -> Files.isRegularFile(d.resolve(PlanPackage.PROPERTIES))).sorted().toList();
        } catch (IOException e) {
            problems.add(root + ": 无法列出规划资料包 / cannot list the folder: " + e.getMessage());
            return List.of();
        }
    }

    private static PlanPackage build(String code, Map<String, PackageProperties> props, Map<String, Path> folders,
            Map<String, PlanPackage> built, List<String> chain, List<String> problems) {
        if (built.containsKey(code)) {
            return built.get(code);
        }
        PackageProperties p = props.get(code);
        String where = folders.get(code).resolve(PlanPackage.PROPERTIES).toString();
        PlanPackage parent = null;
        if (p.parent() != null) {
            if (chain.contains(code) || p.parent().equals(code)) {
                problems.add(where + ": parent=" + p.parent() + " 形成循环（" + String.join(" → ", chain) + "），已忽略此资料包");
                return null;
            }
            if (!props.containsKey(p.parent())) {
                problems.add(where + ": parent=" + p.parent() + " 不存在（没有 code=" + p.parent() + " 的资料包），已忽略此资料包");
                return null;
            }
            chain.add(code);
            parent = build(p.parent(), props, folders, built, chain, problems);
            if (parent == null) {
                if (!problems.get(problems.size() - 1).startsWith(where)) {
                    problems.add(where + ": 上级资料包 " + p.parent() + " 不可用，已忽略此资料包");
                }
                return null;
            }
        }
        PlanPackage made = new PlanPackage(code, folders.get(code), p.document(), parent);
        built.put(code, made);
        return made;
    }
}
