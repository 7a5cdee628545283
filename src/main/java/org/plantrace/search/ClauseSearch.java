package org.plantrace.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.plantrace.application.VersionListener;
import org.plantrace.domain.plan.Plan;
import org.plantrace.domain.plan.PlanRepository;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.search.analysis.Analysis;
import org.plantrace.search.analysis.Vocabulary;
import org.plantrace.search.index.IndexCatalog;
import org.plantrace.search.index.IndexStore;
import org.plantrace.search.query.ClauseQueries;

/**
 * Search over the clauses of every stored version. Opening checks the index against the
 * repository and rebuilds it when it is missing, unfinished (a crash mid-indexing), stale or
 * broken; {@link #repairedBecause()} says why it did. As a {@link VersionListener} it indexes each
 * version the moment it is stored.
 */
public final class ClauseSearch implements VersionListener, Closeable {
    private final IndexStore store;
    private final PlanRepository repository;
    private final ClauseQueries queries;
    private final String repairReason;

    private ClauseSearch(IndexStore store, PlanRepository repository, String repairReason) {
        this.store = store;
        this.repository = repository;
        this.queries = new ClauseQueries(store);
        this.repairReason = repairReason;
    }

    /**
     * Opens the index in {@code indexFolder} (usually {@code DataDirectory.searchIndex()}) with the
     * planning vocabulary in {@code vocabularyFolder} ({@code corpus/search}).
     */
    public static ClauseSearch open(Path indexFolder, PlanRepository repository, Path vocabularyFolder) {
        return open(indexFolder, repository, vocabularyFolder, ClauseLinks.NONE);
    }

    /** As {@link #open(Path, PlanRepository, Path)}, indexing what {@code links} says of each clause. */
    public static ClauseSearch open(Path indexFolder, PlanRepository repository, Path vocabularyFolder,
            ClauseLinks links) {
        Analysis analysis = Analysis.planning(Vocabulary.load(vocabularyFolder));
        try {
            return open(IndexStore.at(indexFolder, analysis, links), repository);
        } catch (IOException e) {
            throw new UncheckedIOException("检索索引无法打开 / search index cannot be opened: " + indexFolder, e);
        }
    }

    /** Opens on any store (tests compare analyses on in-memory ones). */
    static ClauseSearch open(IndexStore store, PlanRepository repository) throws IOException {
        Objects.requireNonNull(repository);
        // the catalogue names versions and statuses only, so the comparison needs no clause;
        // clauses are loaded only when the index must be rebuilt
        Optional<String> problem = store.problem(IndexCatalog.of(allHeaders(repository), true));
        if (problem.isPresent()) {
            store.rebuild(allVersions(repository));
        }
        return new ClauseSearch(store, repository, problem.orElse(null));
    }

    /** Why opening rebuilt the index, or empty if it was sound. */
    public Optional<String> repairedBecause() {
        return Optional.ofNullable(repairReason);
    }

    /** Searches what the viewer may see; a query it cannot read comes back with a message, not an exception. */
    public SearchResult search(SearchRequest request, ViewerRole viewer) {
        try {
            return queries.search(Objects.requireNonNull(request), Objects.requireNonNull(viewer));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rebuilds the whole index from the repository. Returns the number of versions indexed. */
    public int reindex() {
        try {
            List<PlanVersion> versions = allVersions(repository);
            store.rebuild(versions);
            return versions.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Indexes a version just stored (or replaces it after a publish or an edit). */
    @Override
    public void stored(PlanVersion version) {
        try {
            store.put(version);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every version of every plan without clauses. */
    static List<PlanVersion> allHeaders(PlanRepository repository) {
        List<PlanVersion> out = new ArrayList<>();
        for (Plan plan : repository.plans()) {
            repository.versionSummaries(plan.code()).forEach(v -> out.add(v.header()));
        }
        return out;
    }

    static List<PlanVersion> allVersions(PlanRepository repository) {
        List<PlanVersion> out = new ArrayList<>();
        for (Plan plan : repository.plans()) {
            out.addAll(repository.versions(plan.code()));
        }
        return out;
    }

    @Override
    public void close() {
        try {
            store.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
