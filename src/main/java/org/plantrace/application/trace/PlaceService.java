package org.plantrace.application.trace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.plantrace.citation.Citations;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.domain.plan.Plan;
import org.plantrace.domain.plan.PlanLevel;
import org.plantrace.domain.plan.PlanRepository;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.extract.entity.Entity;
import org.plantrace.extract.entity.EntityLinker;
import org.plantrace.extract.entity.Mention;
import org.plantrace.extract.entity.Variant;
import org.plantrace.ingest.InputRejectedException;
import org.plantrace.planpackage.PlanPackages;
import org.plantrace.spatial.LayerKind;
import org.plantrace.spatial.LayerSet;
import org.plantrace.spatial.index.FeatureIndex;
import org.plantrace.spatial.index.PointIndex;
import org.plantrace.spatial.engine.JtsEngine;
import org.plantrace.spatial.engine.SpatialEngine;

/**
 * "What applies here": point-in-polygon on the county plan package's layers (loaded once per plan
 * into a {@link SpatialEngine}: an STRtree of prepared geometries, or PostGIS), then the provisions
 * that name what the point lies in — county clauses linking the township or the control lines and
 * zones there, and the clauses of the township's plan naming those lines and zones. Published versions only: this is the public's
 * question. The entity links of a version are computed once and kept, so a warm query only walks
 * the index and a map.
 */
public final class PlaceService {
    private final PlanRepository repository;
    private final PlanPackages packages;
    private final Map<String, PointIndex> indexes = new HashMap<>();
    private final Map<String, Map<Clause, Set<String>>> mentions = new HashMap<>();
    /** Holds the point index of a plan's layers: JTS in memory, or PostGIS where the store has it (#16.3). */
    private final SpatialEngine engine;

    public PlaceService(PlanRepository repository, PlanPackages packages) {
        this(repository, packages, JtsEngine.INSTANCE);
    }

    public PlaceService(PlanRepository repository, PlanPackages packages, SpatialEngine engine) {
        this.repository = Objects.requireNonNull(repository);
        this.packages = Objects.requireNonNull(packages);
        this.engine = Objects.requireNonNull(engine);
    }

    public synchronized Place at(PlanVersion county, double lon, double lat) throws InputRejectedException {
        String code = county.plan().code();
        PointIndex index = index(code);
        List<FeatureIndex.Hit> hits = index.containing(lon, lat);
        String township = hits.stream().filter(h -> h.layer().kind() == LayerKind.TOWNSHIP).map(h -> h.feature().name())
                .findFirst().orElse(null);
        // the county outline decides where there is one; else the townships, which partition the county
        boolean inside = hasCountyLayer(code) ? hits.stream().anyMatch(h -> h.layer().kind() == LayerKind.COUNTY)
                : township != null;
        if (!inside) {
            return new Place(code, county.number(), lon, lat, true, null, List.of(), List.of());
        }
        List<Place.FeatureAt> features = new ArrayList<>();
        Set<String> names = new HashSet<>(); // what clauses may name: the layers' words and the features' names
        for (FeatureIndex.Hit h : hits) {
            LayerKind kind = h.layer().kind();
            if (kind == LayerKind.COUNTY || kind == LayerKind.TOWNSHIP) {
                continue;
            }
            features.add(new Place.FeatureAt(h.layer().label(), h.feature().name(), h.layer().illustrative()));
            names.add(h.layer().label());
            names.add(h.feature().name());
        }
        EntityLinker linker = packages.linker(code);
        Set<String> zones = entityIds(linker, names);
        Set<String> here = new HashSet<>(zones);
        if (township != null) {
            here.addAll(entityIds(linker, Set.of(township)));
        }
        List<Place.ClauseAt> clauses = new ArrayList<>(naming(county, linker, here));
        Optional<PlanVersion> lower = townshipPlan(code, township);
        if (lower.isPresent() && !zones.isEmpty()) {
            // the township plan names its own township everywhere: only its clauses on the lines and zones here
            clauses.addAll(naming(lower.get(), packages.linker(lower.get().plan().code()), zones));
        }
        return new Place(code, county.number(), lon, lat, false, township, features, clauses);
    }

    private boolean hasCountyLayer(String code) throws InputRejectedException {
        return layers(code).get(LayerKind.COUNTY).isPresent();
    }

    private PointIndex index(String code) throws InputRejectedException {
        PointIndex index = indexes.get(code);
        if (index == null) {
            index = engine.load(code, layers(code));
            indexes.put(code, index);
        }
        return index;
    }

    private final Map<String, LayerSet> layerSets = new HashMap<>();

    private LayerSet layers(String code) throws InputRejectedException {
        LayerSet set = layerSets.get(code);
        if (set == null) {
            set = packages.layers(code).orElseThrow(() -> new InputRejectedException(code,
                    "该规划的资料包没有图层（layers/），无法按位置查询；请在项目目录下运行，或用 -Dplantrace.corpus=… 指明 corpus 目录"
                            + " / the plan package has no layers"));
            layerSets.put(code, set);
        }
        return set;
    }

    /** The gazetteer entities whose name or a variant is one of {@code names}. */
    private static Set<String> entityIds(EntityLinker linker, Set<String> names) {
        Set<String> ids = new HashSet<>();
        for (Entity e : linker.gazetteer().entities()) {
            if (names.contains(e.name()) || e.variants().stream().map(Variant::text).anyMatch(names::contains)) {
                ids.add(e.id());
            }
        }
        return ids;
    }

    private List<Place.ClauseAt> naming(PlanVersion version, EntityLinker linker, Set<String> entities) {
        Map<Clause, Set<String>> linked = mentions.computeIfAbsent(version.plan().code() + "#" + version.number(),
                k -> link(version, linker));
        Citations citations = Citations.of(version.clauses());
        List<Place.ClauseAt> out = new ArrayList<>();
        for (Map.Entry<Clause, Set<String>> e : linked.entrySet()) {
            if (e.getValue().stream().anyMatch(entities::contains)) {
                Clause c = e.getKey();
                // a clause without a durable id (not stored) has no citation to give
                out.add(new Place.ClauseAt(version.plan().code(), c.uid(), c.eId(), c.heading(),
                        c.uid() == null ? "" : citations.label(c)));
            }
        }
        return out;
    }

    /** Every clause of the version with the entities it names, in plan order. */
    private static Map<Clause, Set<String>> link(PlanVersion version, EntityLinker linker) {
        Map<Clause, Set<String>> out = new java.util.LinkedHashMap<>();
        for (Clause c : ClauseTree.flatten(version.clauses())) {
            Set<String> ids = new HashSet<>();
            for (Mention m : linker.link(c)) {
                ids.add(m.entity().id());
            }
            if (!ids.isEmpty()) {
                out.put(c, ids);
            }
        }
        return out;
    }

    private Optional<PlanVersion> townshipPlan(String county, String township) {
        if (township == null) {
            return Optional.empty();
        }
        return repository.plans().stream()
                .filter(p -> county.equals(p.parent()) && p.level() == PlanLevel.TOWNSHIP && township.equals(p.township()))
                .map(Plan::code).findFirst().flatMap(repository::latestPublished);
    }
}
