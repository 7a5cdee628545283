package org.plantrace.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.domain.plan.Plan;
import org.plantrace.domain.plan.PlanRepository;
import org.plantrace.domain.plan.PlanVersion;

/** A plan repository in memory that keeps the numbers it is given (the search tests set them). */
public final class MemoryPlans implements PlanRepository {
    private final Map<String, List<PlanVersion>> versions = new LinkedHashMap<>();

    public MemoryPlans add(PlanVersion v) {
        versions.computeIfAbsent(v.plan().code(), k -> new ArrayList<>()).add(v);
        return this;
    }

    @Override
    public PlanVersion store(PlanVersion version) {
        int next = versions.getOrDefault(version.plan().code(), List.of()).size() + 1;
        PlanVersion stored = new PlanVersion(version.plan(), next, version.status(), version.createdAt(),
                version.publishedAt(), version.sourceName(), version.clauses());
        add(stored);
        return stored;
    }

    @Override
    public List<Plan> plans() {
        return versions.values().stream().map(l -> l.get(0).plan()).sorted(Comparator.comparing(Plan::code)).toList();
    }

    @Override
    public Optional<Plan> plan(String code) {
        return Optional.ofNullable(versions.get(code)).map(l -> l.get(0).plan());
    }

    @Override
    public Optional<PlanVersion> latestVersion(String planCode) {
        return versions(planCode).stream().max(Comparator.comparingInt(PlanVersion::number));
    }

    @Override
    public Optional<PlanVersion> latestPublished(String planCode) {
        return versions(planCode).stream().filter(PlanVersion::published).max(Comparator.comparingInt(PlanVersion::number));
    }

    @Override
    public List<PlanVersion> versions(String planCode) {
        return List.copyOf(versions.getOrDefault(planCode, List.of()));
    }

    @Override
    public Optional<Clause> clause(String planCode, int versionNumber, String uid) {
        return versions(planCode).stream().filter(v -> v.number() == versionNumber).findFirst()
                .map(v -> ClauseTree.pathTo(v.clauses(), uid))
                .filter(p -> !p.isEmpty()).map(p -> p.get(p.size() - 1));
    }
}
