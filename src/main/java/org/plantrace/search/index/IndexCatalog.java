package org.plantrace.search.index;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.domain.plan.VersionStatus;

/**
 * What an index commit holds, written into the commit's user data: the (plan, version, status)
 * set it covers, whether the build that wrote it finished, and the layout version. An index whose
 * catalog differs from the database, or that says it is unfinished, is rebuilt.
 */
public record IndexCatalog(int layout, boolean complete, Set<Entry> versions) {
    /** Bumped when documents or analysis change, so old indexes are rebuilt. */
    public static final int LAYOUT = 6;
    static final String KEY_LAYOUT = "plantrace.layout";
    static final String KEY_COMPLETE = "plantrace.complete";
    static final String KEY_VERSIONS = "plantrace.versions";

    /** One indexed version. */
    public record Entry(String plan, int version, VersionStatus status) implements Comparable<Entry> {
        @Override
        public int compareTo(Entry o) {
            int c = plan.compareTo(o.plan);
            return c != 0 ? c : Integer.compare(version, o.version);
        }
    }

    public IndexCatalog {
        versions = Set.copyOf(versions);
    }

    public static IndexCatalog of(List<PlanVersion> versions, boolean complete) {
        Set<Entry> set = new TreeSet<>();
        versions.forEach(v -> set.add(entry(v)));
        return new IndexCatalog(LAYOUT, complete, set);
    }

    static Entry entry(PlanVersion v) {
        return new Entry(v.plan().code(), v.number(), v.status());
    }

    IndexCatalog with(PlanVersion v) {
        Set<Entry> set = new TreeSet<>();
        versions.stream().filter(e -> !(e.plan.equals(v.plan().code()) && e.version == v.number())).forEach(set::add);
        set.add(entry(v));
        return new IndexCatalog(layout, complete, set);
    }

    Map<String, String> toUserData() {
        StringBuilder list = new StringBuilder();
        for (Entry e : new TreeSet<>(versions)) {
            list.append(e.plan).append('\t').append(e.version).append('\t').append(e.status.name()).append('\n');
        }
        Map<String, String> data = new HashMap<>();
        data.put(KEY_LAYOUT, Integer.toString(layout));
        data.put(KEY_COMPLETE, Boolean.toString(complete));
        data.put(KEY_VERSIONS, list.toString());
        return data;
    }

    /** Reads a commit's user data; a commit PlanTrace did not write reads as layout 0, unfinished. */
    static IndexCatalog fromUserData(Map<String, String> data) {
        Set<Entry> set = new TreeSet<>();
        for (String line : data.getOrDefault(KEY_VERSIONS, "").split("\n")) {
            String[] f = line.split("\t");
            if (f.length == 3) {
                set.add(new Entry(f[0], Integer.parseInt(f[1]), VersionStatus.valueOf(f[2])));
            }
        }
        int layout = Integer.parseInt(data.getOrDefault(KEY_LAYOUT, "0"));
        return new IndexCatalog(layout, Boolean.parseBoolean(data.get(KEY_COMPLETE)), set);
    }
}
