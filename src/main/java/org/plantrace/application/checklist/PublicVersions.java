package org.plantrace.application.checklist;

import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.domain.plan.VersionSummary;
import org.plantrace.transmission.Checklist;
import org.plantrace.transmission.Target;

/**
 * The clause trees and derived checklists of public (published or superseded) versions, kept in
 * memory. Their text never changes, so a checklist page need not read ~300 clauses from the
 * database and derive again on every view; under 50 readers that was the slowest page. Entries are
 * keyed by the version's summary (status and content stamp included), so a version whose status
 * or clauses did change after all is simply a new key; drafts are never kept. Bounded, least
 * recently used first out.
 */
final class PublicVersions {
    /** Versions kept: a county plan's current and previous versions, for a few plans. */
    static final int VERSIONS = 8;
    /** Checklists kept: every township and unit of a few versions (the seed has 25). */
    static final int CHECKLISTS = 256;

    private record VersionKey(String plan, int number, String status, long stamp) {
    }

    private record ChecklistKey(VersionKey version, Target target) {
    }

    private final Map<VersionKey, PlanVersion> versions = lru(VERSIONS);
    private final Map<ChecklistKey, Checklist> checklists = lru(CHECKLISTS);
    /** By identity: only versions held in {@link #versions}, whose content never changes. */
    private final Map<PlanVersion, List<Target>> targets = new IdentityHashMap<>();

    static boolean cacheable(VersionSummary s) {
        return s.status().isPublic();
    }

    /** The version with its clauses, read once per summary. */
    PlanVersion version(VersionSummary s, Supplier<PlanVersion> read) {
        VersionKey key = key(s);
        synchronized (versions) {
            PlanVersion kept = versions.get(key);
            if (kept != null) {
                return kept;
            }
        }
        PlanVersion loaded = read.get(); // outside the lock: a slow read must not stop the other pages
        synchronized (versions) {
            versions.putIfAbsent(key, loaded);
            return versions.get(key);
        }
    }

    /**
     * The targets of a version this cache handed out (the page asks three times per view, and each
     * asking fingerprints the whole text); a version it did not hand out (a draft) is asked afresh.
     */
    List<Target> targets(PlanVersion v, Supplier<List<Target>> derive) {
        synchronized (versions) {
            if (!kept(v)) {
                return derive.get();
            }
            List<Target> known = targets.get(v);
            if (known != null) {
                return known;
            }
        }
        List<Target> derived = List.copyOf(derive.get());
        synchronized (versions) {
            targets.keySet().removeIf(k -> !kept(k)); // forget the targets of versions that fell out
            targets.put(v, derived);
        }
        return derived;
    }

    private boolean kept(PlanVersion v) {
        return versions.values().stream().anyMatch(k -> k == v);
    }

    /** The target's checklist of that version, derived once per summary. */
    Checklist checklist(VersionSummary s, Target target, Supplier<Checklist> derive) {
        ChecklistKey key = new ChecklistKey(key(s), target);
        synchronized (checklists) {
            Checklist kept = checklists.get(key);
            if (kept != null) {
                return kept;
            }
        }
        Checklist derived = derive.get();
        synchronized (checklists) {
            checklists.putIfAbsent(key, derived);
            return checklists.get(key);
        }
    }

    private static VersionKey key(VersionSummary s) {
        return new VersionKey(s.plan().code(), s.number(), s.status().name(), s.contentStamp());
    }

    private static <K, V> Map<K, V> lru(int capacity) {
        return new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }
}
