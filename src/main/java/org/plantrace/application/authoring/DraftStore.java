package org.plantrace.application.authoring;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.plantrace.application.VersionListener;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.message.Message;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.domain.plan.PlanWork;
import org.plantrace.domain.plan.PlanWriter;
import org.plantrace.domain.plan.VersionStatus;

/**
 * What every authoring use case shares: the plan writer (one transaction under the plan's write
 * lock), the clock of audit entries, and the listeners told after commit. The use-case classes
 * ({@link VersionReading}, {@link DraftLifecycle}, {@link ClauseEditing}, {@link StructureEditing},
 * {@link SplitAndMerge}) hold one each, so that a listener added through the facade reaches all.
 */
final class DraftStore {
    final PlanWriter writer;
    final Clock clock;
    private final List<VersionListener> listeners = new CopyOnWriteArrayList<>();

    DraftStore(PlanWriter writer, Clock clock) {
        this.writer = Objects.requireNonNull(writer);
        this.clock = Objects.requireNonNull(clock);
    }

    void addListener(VersionListener listener) {
        Objects.requireNonNull(listener);
        if (!listeners.contains(listener)) {
            listeners.add(listener);
        }
    }

    void removeListener(VersionListener listener) {
        listeners.remove(listener);
    }

    /** Runs the work under the plan's write lock; an unknown plan becomes a message the drafter can act on. */
    <T> T write(String planCode, Function<PlanWork, T> work) {
        try {
            return writer.write(planCode, work);
        } catch (IllegalArgumentException e) {
            throw new AuthoringException(Message.of("authoring.noPlan", planCode));
        }
    }

    static PlanVersion newest(PlanWork work) {
        List<PlanVersion> all = work.versions();
        if (all.isEmpty()) {
            throw new AuthoringException(Message.of("authoring.noVersions", work.plan().code()));
        }
        return all.get(all.size() - 1);
    }

    static PlanVersion existing(PlanWork work, int number) {
        return work.versions().stream().filter(v -> v.number() == number).findFirst()
                .orElseThrow(() -> new AuthoringException(Message.of("authoring.noVersion", work.plan().code(), number)));
    }

    /** The version, read with its clauses, if it is the editable draft. */
    static PlanVersion draft(PlanWork work, int number) {
        PlanVersion v = existing(work, number);
        if (!v.status().editable()) {
            throw new AuthoringException(Message.of(v.status() == VersionStatus.IN_REVIEW
                    ? "authoring.readOnly.inReview" : "authoring.readOnly", number, v.status()));
        }
        return work.read(number);
    }

    static PlanVersion withClauses(PlanVersion v, List<Clause> roots) {
        return new PlanVersion(v.plan(), v.number(), v.status(), v.createdAt(), v.publishedAt(), v.sourceName(), roots);
    }

    static void checkRevision(PlanWork work, int version, Clause c, long expected, String yourHeading,
            String yourText) {
        if (c.revision() != expected) {
            throw new ConcurrentEditException(work.plan().code(), version, c, work.lastEditor(version, c.uid()),
                    yourHeading == null ? c.heading() : yourHeading, yourText == null ? c.text() : yourText, expected);
        }
    }

    /**
     * After commit, for an edit of these clauses' content only (nothing moved): listeners that can
     * update clause by clause do so instead of re-deriving the whole version.
     */
    void tellChanged(PlanVersion version, Set<String> clauseUids) {
        for (VersionListener listener : listeners) {
            try {
                listener.changed(version, clauseUids);
            } catch (RuntimeException e) {
                System.getLogger(AuthoringService.class.getName()).log(System.Logger.Level.WARNING,
                        "clauses changed, listener failed: " + version.plan().code() + " v" + version.number()
                                + " " + clauseUids, e);
            }
        }
    }

    /** After commit: each listener hears of the whole changed version; a failure is logged, never undoes the change. */
    void tell(PlanVersion version) {
        for (VersionListener listener : listeners) {
            try {
                listener.stored(version);
            } catch (RuntimeException e) {
                System.getLogger(AuthoringService.class.getName()).log(System.Logger.Level.WARNING,
                        "version changed, listener failed: " + version.plan().code() + " v" + version.number(), e);
            }
        }
    }
}
