package org.plantrace.planpackage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.plantrace.extract.entity.Entity;
import org.plantrace.extract.entity.EntityLinker;
import org.plantrace.extract.entity.Gazetteer;
import org.plantrace.extract.entity.GazetteerFormat;
import org.plantrace.extract.entity.Variant;
import org.plantrace.ingest.InputRejectedException;
import org.plantrace.spatial.Layer;
import org.plantrace.spatial.LayerKind;
import org.plantrace.spatial.LayerSet;
import org.plantrace.spatial.io.LayerFolder;

/**
 * One plan's folder: the plan code it declares, the document it names, its own gazetteer and
 * layers, and the package of its parent plan (a township plan's county plan), whose gazetteer and
 * layers it inherits. A package without a folder ({@link #bare}) holds nothing of its own and only
 * inherits. Gazetteer and layers are read once, on first use; the files are small and fixed.
 */
public final class PlanPackage {
    public static final String PROPERTIES = "plan.properties";
    public static final String GAZETTEER = "gazetteer.tsv";
    public static final String LAYERS = "layers";

    private final String code;
    private final Path folder;
    private final String document;
    private final PlanPackage parent;
    private volatile Gazetteer gazetteer;
    private volatile EntityLinker linker;
    private volatile Optional<LayerSet> layers;

    PlanPackage(String code, Path folder, String document, PlanPackage parent) {
        this.code = Objects.requireNonNull(code, "code");
        this.folder = folder;
        this.document = document;
        this.parent = parent;
    }

    /** A folder read as a package without a registry: no parent (see {@link PlanPackages} for parents). */
    public static PlanPackage of(Path folder) throws InputRejectedException {
        PackageProperties p = PackageProperties.read(folder);
        return new PlanPackage(p.code(), folder.toAbsolutePath().normalize(), p.document(), null);
    }

    /** A plan with no folder of its own (a plan stored from a bare file): it has only what its parent gives. */
    public static PlanPackage bare(String code, PlanPackage parent) {
        return new PlanPackage(code, null, null, parent);
    }

    /** The same folder under a parent (a package written before the registry saw it). */
    static PlanPackage withParent(PlanPackage p, PlanPackage parent) {
        return new PlanPackage(p.code, p.folder, p.document, parent);
    }

    /** The package's notes of origin ({@code SOURCE.md}), when it has them. */
    public Optional<Path> notesOfOrigin() {
        return folder != null && Files.isRegularFile(folder.resolve("SOURCE.md")) ? Optional.of(folder.resolve("SOURCE.md"))
                : Optional.empty();
    }

    public String code() {
        return code;
    }

    /** The package folder; empty for a bare package. */
    public Optional<Path> folder() {
        return Optional.ofNullable(folder);
    }

    /** The plan document the package names ({@code document=}); empty for a bare package. */
    public Optional<Path> document() {
        return folder == null || document == null ? Optional.empty() : Optional.of(folder.resolve(document).normalize());
    }

    public Optional<PlanPackage> parent() {
        return Optional.ofNullable(parent);
    }

    /**
     * The package's gazetteer: its own entries in file order, then every parent entry whose id and
     * spellings the own entries leave free (a township that redescribes a village overrides the
     * county's row). An inherited entry whose containing entity was overridden away keeps no parent.
     *
     * @throws org.plantrace.extract.entity.GazetteerException a gazetteer file is malformed
     */
    public Gazetteer gazetteer() {
        Gazetteer g = gazetteer;
        if (g == null) {
            g = merge(own(), parent == null ? Gazetteer.empty() : parent.gazetteer());
            gazetteer = g;
        }
        return g;
    }

    /** The entity linker over {@link #gazetteer()}, built once. */
    public EntityLinker linker() {
        EntityLinker l = linker;
        if (l == null) {
            l = new EntityLinker(gazetteer());
            linker = l;
        }
        return l;
    }

    /**
     * The package's layers: for each kind, its own layers of that kind if it has any, else the
     * parent's. Empty when neither has a layers folder.
     *
     * @throws InputRejectedException a layers folder exists but a file in it cannot be read
     */
    public Optional<LayerSet> layers() throws InputRejectedException {
        Optional<LayerSet> l = layers;
        if (l == null) {
            Optional<LayerSet> inherited = parent == null ? Optional.empty() : parent.layers();
            Optional<LayerSet> own = ownLayersFolder().isPresent() ? Optional.of(LayerFolder.read(ownLayersFolder().get()))
                    : Optional.empty();
            l = own.isEmpty() ? inherited : Optional.of(inherited.map(p -> overlay(own.get(), p)).orElse(own.get()));
            layers = l;
        }
        return l;
    }

    /** The layers folder this package reads first: its own, else its nearest ancestor's. */
    public Optional<Path> layersFolder() {
        Optional<Path> own = ownLayersFolder();
        return own.isPresent() || parent == null ? own : parent.layersFolder();
    }

    private Optional<Path> ownLayersFolder() {
        return folder != null && Files.isDirectory(folder.resolve(LAYERS)) ? Optional.of(folder.resolve(LAYERS)) : Optional.empty();
    }

    private Gazetteer own() {
        if (folder == null || !Files.isRegularFile(folder.resolve(GAZETTEER))) {
            return Gazetteer.empty();
        }
        return GazetteerFormat.read(folder.resolve(GAZETTEER));
    }

    static Gazetteer merge(Gazetteer own, Gazetteer inherited) {
        if (inherited.isEmpty()) {
            return own;
        }
        List<Entity> out = new ArrayList<>(own.entities());
        Set<String> ids = new HashSet<>();
        Set<String> spellings = new HashSet<>();
        for (Entity e : own.entities()) {
            ids.add(e.id());
            spellings.addAll(spellings(e));
        }
        List<Entity> kept = new ArrayList<>();
        for (Entity e : inherited.entities()) {
            if (!ids.contains(e.id()) && spellings(e).stream().noneMatch(spellings::contains)) {
                kept.add(e);
            }
        }
        Set<String> present = new HashSet<>(ids);
        kept.forEach(e -> present.add(e.id()));
        for (Entity e : kept) {
            out.add(e.parent() == null || present.contains(e.parent()) ? e
                    : new Entity(e.id(), e.name(), e.type(), e.variants(), null, e.facts(), e.source()));
        }
        return new Gazetteer(out);
    }

    private static List<String> spellings(Entity e) {
        List<String> out = new ArrayList<>();
        out.add(e.name());
        e.variants().stream().map(Variant::text).forEach(out::add);
        return out;
    }

    private static LayerSet overlay(LayerSet own, LayerSet inherited) {
        Set<LayerKind> kinds = new HashSet<>();
        own.layers().forEach(l -> kinds.add(l.kind()));
        List<Layer> out = new ArrayList<>(own.layers());
        inherited.layers().stream().filter(l -> !kinds.contains(l.kind())).forEach(out::add);
        return new LayerSet(out);
    }

    @Override
    public String toString() {
        return code + (folder == null ? "" : " (" + folder + ")") + (parent == null ? "" : " ← " + parent.code);
    }
}
