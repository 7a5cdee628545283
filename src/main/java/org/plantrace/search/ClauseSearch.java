package org.plantrace.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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
 * Search over the clauses of every stored version. Opening compares the index's catalogue with
 * the repository's clause-free version listing; it indexes just the missing or changed versions
 * when a sound index only lags behind, and rebuilds it when it is missing, unfinished (a crash
 * mid-indexing), broken or holds a version the database lost; {@link #repairedBecause()} says why
 * it did either. An index that matches costs no clause read. As a {@link VersionListener} it indexes each
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
        IndexCatalog expected = IndexCatalog.of(allHeaders(repository), true);
        Optional<String> problem = store.problem(expected);
        if (problem.isPresent() && !catchUp(store, repository, expected)) {
            store.rebuild(allVersions(repository));
        }
        // clause edits buffered by a run that died before committing them: the catalog cannot show
        // them (same versions, same statuses), the index's own note of them does
        var uncommitted = store.uncommittedEdits();
        for (var pending : uncommitted) {
            Optional<PlanVersion> version = repository.version(pending.plan(), pending.number());
            if (version.isPresent()) {
                store.put(version.get());
            }
        }
        String reason = problem.orElse(uncommitted.isEmpty() ? null
                : "上次关闭前有未提交的条款修改 / clause edits of " + uncommitted.size() + " version(s) were not committed");
        return new ClauseSearch(store, repository, reason);
    }

    /**
     * Brings a sound index that only lags behind the database (versions stored or statuses
     * changed while it was closed) up to date by indexing just those versions, each in its own
     * atomic commit. Returns false, changing nothing, when the index is not sound or holds a
     * version the database no longer has: then only a rebuild will do.
     */
    private static boolean catchUp(IndexStore store, PlanRepository repository, IndexCatalog expected)
            throws IOException {
        IndexCatalog found;
        try {
            found = store.catalog();
        } catch (IOException | RuntimeException e) {
            return false;
        }
        // the found catalogue against itself: passes exactly when layout, completeness and checksums are sound
        if (found.layout() != IndexCatalog.LAYOUT || !found.complete() || store.problem(found).isPresent()) {
            return false;
        }
        Set<String> wanted = new HashSet<>();
        expected.versions().forEach(e -> wanted.add(e.plan() + '\t' + e.version()));
        for (IndexCatalog.Entry e : found.versions()) {
            if (!wanted.contains(e.plan() + '\t' + e.version())) {
                return false;
            }
        }
        for (IndexCatalog.Entry e : expected.versions()) {
            if (!found.versions().contains(e)) {
                Optional<PlanVersion> version = repository.version(e.plan(), e.version());
                if (version.isEmpty()) {
                    return false;
                }
                store.put(version.get());
            }
        }
        return true;
    }

    /** Why opening rebuilt or caught up the index, or empty if it was sound and current. */
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

    /**
     * How far the index is behind the database: the versions (or version statuses) the database
     * holds that the index does not, plus those the index holds that the database no longer has.
     * 0 when search follows the database. Reads version headers only, no clauses: cheap enough for
     * a health check.
     */
    public int lag() {
        try {
            Set<IndexCatalog.Entry> expected = IndexCatalog.of(allHeaders(repository), true).versions();
            Set<IndexCatalog.Entry> found = store.catalog().versions();
            int missing = (int) expected.stream().filter(e -> !found.contains(e)).count();
            int extra = (int) found.stream().filter(e -> !expected.contains(e)).count();
            return missing + extra;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Re-indexes just the edited clauses (and their sub-clauses) of a version already indexed. */
    @Override
    public void changed(PlanVersion version, Set<String> clauseUids) {
        try {
            store.putClauses(version, clauseUids);
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
