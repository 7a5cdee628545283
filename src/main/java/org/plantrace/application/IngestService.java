package org.plantrace.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.domain.plan.Plan;
import org.plantrace.domain.plan.PlanRepository;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.domain.plan.VersionStatus;
import org.plantrace.domain.plan.VersionSummary;
import org.plantrace.ingest.InputRejectedException;
import org.plantrace.ingest.Outline;
import org.plantrace.ingest.PlanReaders;
import org.plantrace.ingest.identity.DurableIds;
import org.plantrace.ingest.identity.IdReport;

/**
 * Ingest: read a plan document, identify its clauses (path ids, durable ids carried over from the
 * plan's latest version) and store it as the plan's next version. The document is read in full
 * before anything is written, so a refused file leaves the store untouched.
 */
@ApplicationScoped
public class IngestService {
    private PlanRepository repository;
    private Clock clock;
    private VersionListener listener = VersionListener.NONE;

    /** For CDI's client proxy only. */
    protected IngestService() {
    }

    @Inject
    public IngestService(PlanRepository repository) {
        this(repository, Clock.systemUTC());
    }

    public IngestService(PlanRepository repository, Clock clock) {
        this.repository = Objects.requireNonNull(repository);
        this.clock = Objects.requireNonNull(clock);
    }

    /** Who hears of each stored version (the search index, when one is configured). */
    public void setVersionListener(VersionListener listener) {
        this.listener = Objects.requireNonNull(listener);
    }

    /**
     * Stores the file or plan folder as a new version: a draft, or published now.
     *
     * @throws InputRejectedException the document or the folder's plan.properties cannot be used
     */
    public IngestResult ingest(Path path, boolean publish) throws InputRejectedException {
        PlanSource source = PlanSource.of(path);
        Outline outline = PlanReaders.read(source.document());
        refuseEmpty(source.document(), outline);
        return store(source.plan(outline, repository.plan(source.code())), outline, source.document(), publish);
    }

    /**
     * Stores an outline already read from {@code document} as the next version of {@code plan}
     * (creating the plan if new): path ids, durable ids carried over from the plan's latest
     * version, one transaction. For callers that must look at the text before deciding which plan
     * it belongs to (a lower plan under its parent).
     *
     * @throws InputRejectedException the outline holds no clause
     */
    public IngestResult store(Plan plan, Outline outline, Path document, boolean publish) throws InputRejectedException {
        refuseEmpty(document, outline);
        List<Clause> clauses = outline.clauses();
        ClauseTree.assignPathIds(clauses);
        IdReport ids = repository.latestVersion(plan.code())
                .map(previous -> DurableIds.carryOver(clauses, previous.clauses()))
                .orElseGet(() -> DurableIds.assignFresh(clauses));

        Instant now = clock.instant();
        VersionStatus status = publish ? VersionStatus.PUBLISHED : VersionStatus.DRAFT;
        // published now: the version published so far becomes superseded in the same transaction
        List<Integer> replaced = !publish ? List.of() : repository.versionSummaries(plan.code()).stream()
                .filter(v -> v.status() == VersionStatus.PUBLISHED).map(VersionSummary::number).toList();
        PlanVersion stored = repository.store(new PlanVersion(plan, 0, status, now, publish ? now : null,
                document.getFileName().toString(), clauses));
        tellListener(stored);
        for (int number : replaced) {
            repository.version(plan.code(), number).ifPresent(this::tellListener);
        }
        return new IngestResult(stored.plan(), stored.number(), status, ClauseTree.flatten(clauses).size(),
                outline.warnings(), ids);
    }

    private static void refuseEmpty(Path document, Outline outline) throws InputRejectedException {
        if (outline.clauses().isEmpty()) {
            throw new InputRejectedException(document.getFileName().toString(), "未识别出任何条款，请确认文件是规划文本");
        }
    }

    /** The version is stored whatever the listener does; a stale index repairs itself when next opened. */
    private void tellListener(PlanVersion stored) {
        try {
            listener.stored(stored);
        } catch (RuntimeException e) {
            System.getLogger(IngestService.class.getName()).log(System.Logger.Level.WARNING,
                    "version stored, listener failed: " + stored.plan().code() + " v" + stored.number(), e);
        }
    }

    /**
     * Ingests the plan folder only if its plan has no version yet: for seeding the store when the
     * web app starts. Returns empty when the plan was already there.
     */
    public Optional<IngestResult> ingestIfAbsent(Path planFolder, boolean publish) throws InputRejectedException {
        PlanSource source = PlanSource.of(planFolder);
        if (repository.latestVersion(source.code()).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(ingest(planFolder, publish));
    }
}
