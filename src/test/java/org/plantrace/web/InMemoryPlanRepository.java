package org.plantrace.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.domain.plan.Plan;
import org.plantrace.domain.plan.PlanRepository;
import org.plantrace.domain.plan.PlanVersion;

/** A plan store in a map, for testing the web layer without a database. Not a CDI bean. */
public class InMemoryPlanRepository implements PlanRepository {
    private final Map<String, List<PlanVersion>> versions = new LinkedHashMap<>();
    /** When set, every read throws it: a store that cannot be opened. */
    public RuntimeException failure;

    @Override
    public PlanVersion store(PlanVersion v) {
        List<PlanVersion> list = versions.computeIfAbsent(v.plan().code(), k -> new ArrayList<>());
        PlanVersion stored = new PlanVersion(v.plan(), list.size() + 1, v.status(), v.createdAt(), v.publishedAt(),
                v.sourceName(), v.clauses());
        list.add(stored);
        return stored;
    }

    @Override
    public List<Plan> plans() {
        check();
        return versions.values().stream().map(l -> l.get(l.size() - 1).plan()).toList();
    }

    @Override
    public Optional<Plan> plan(String code) {
        check();
        return latestVersion(code).map(PlanVersion::plan);
    }

    @Override
    public Optional<PlanVersion> latestVersion(String code) {
        check();
        List<PlanVersion> l = versions.getOrDefault(code, List.of());
        return l.isEmpty() ? Optional.empty() : Optional.of(l.get(l.size() - 1));
    }

    @Override
    public Optional<PlanVersion> latestPublished(String code) {
        check();
        List<PlanVersion> l = versions.getOrDefault(code, List.of());
        for (int i = l.size() - 1; i >= 0; i--) {
            if (l.get(i).published()) {
                return Optional.of(l.get(i));
            }
        }
        return Optional.empty();
    }

    @Override
    public List<PlanVersion> versions(String code) {
        check();
        return List.copyOf(versions.getOrDefault(code, List.of()));
    }

    @Override
    public Optional<Clause> clause(String code, int number, String uid) {
        return versions(code).stream().filter(v -> v.number() == number).findFirst()
                .flatMap(v -> ClauseTree.flatten(v.clauses()).stream().filter(c -> uid.equals(c.uid())).findFirst());
    }

    private void check() {
        if (failure != null) {
            throw failure;
        }
    }
}
