package org.plantrace.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.plantrace.domain.plan.PlanVersion;

/**
 * Every listener that follows the store, told in a fixed order: links first (they are derived from
 * the text), then the search index (it indexes the links). Whoever stores or changes a version —
 * ingest, authoring's edits, publishing — tells this one object; each listener is told even when an
 * earlier one failed, and a failure is logged, never thrown: the version is stored regardless.
 *
 * <p>In the web app it is an application-scoped bean: inject it and call {@link #stored}.
 */
@ApplicationScoped
public class VersionListeners implements VersionListener {
    /** Order of the link store: derives links before anything reads them. */
    public static final int LINKS = 100;
    /** Order of the search index: indexes text and effective links. */
    public static final int SEARCH = 200;
    /** Order of the web's kept reading pages: dropped once links and index are current. */
    public static final int PAGES = 300;

    private record Entry(int order, VersionListener listener) {
    }

    private final List<Entry> entries = new CopyOnWriteArrayList<>();

    /** Adds a listener at an order (lower first); the same listener twice is added once. */
    public synchronized void add(int order, VersionListener listener) {
        Objects.requireNonNull(listener);
        remove(listener);
        List<Entry> next = new ArrayList<>(entries);
        next.add(new Entry(order, listener));
        next.sort(Comparator.comparingInt(Entry::order));
        entries.clear();
        entries.addAll(next);
    }

    public synchronized void remove(VersionListener listener) {
        entries.removeIf(e -> e.listener() == listener);
    }

    @Override
    public void stored(PlanVersion version) {
        for (Entry e : entries) {
            try {
                e.listener().stored(version);
            } catch (RuntimeException ex) {
                System.getLogger(VersionListeners.class.getName()).log(System.Logger.Level.WARNING,
                        "listener failed for " + version.plan().code() + " v" + version.number(), ex);
            }
        }
    }

    /** Passes a clause-level change on in the same order, each listener as free to re-do the version as ever. */
    @Override
    public void changed(PlanVersion version, Set<String> clauseUids) {
        for (Entry e : entries) {
            try {
                e.listener().changed(version, clauseUids);
            } catch (RuntimeException ex) {
                System.getLogger(VersionListeners.class.getName()).log(System.Logger.Level.WARNING,
                        "listener failed for " + version.plan().code() + " v" + version.number() + " " + clauseUids, ex);
            }
        }
    }

    public int size() {
        return entries.size();
    }
}
