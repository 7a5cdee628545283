package org.plantrace.web.trace;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.plantrace.application.trace.CellStatus;
import org.plantrace.application.trace.ItemTrace;
import org.plantrace.application.trace.TownshipTrace;
import org.plantrace.application.trace.TraceMatrix;
import org.plantrace.application.trace.TraceService;

/**
 * The matrix's filters, all GET parameters so that a filtered matrix is an address: {@code chapter}
 * (a chapter's path id, {@code chp_3}), {@code category} (a checklist category), {@code mandatory=true}
 * (强制性 items only) and {@code verdict} (a cell status code: met, violated, partial, missing, unclear,
 * no-plan). Category and 强制性 choose items, so counts and coverage follow them; chapter and verdict
 * choose rows. Blank means no filter.
 */
public record TraceFilters(String chapter, String category, boolean mandatory, String verdict) {
    public static final TraceFilters NONE = new TraceFilters(null, null, false, null);

    public TraceFilters {
        chapter = blankToNull(chapter);
        category = blankToNull(category);
        verdict = blankToNull(verdict);
    }

    public static TraceFilters of(String chapter, String category, String mandatory, String verdict) {
        return new TraceFilters(chapter, category, "true".equalsIgnoreCase(mandatory), verdict);
    }

    public boolean any() {
        return chapter != null || category != null || mandatory || verdict != null;
    }

    /** The township traces with only the items the filters keep. */
    public List<TownshipTrace> items(List<TownshipTrace> townships) {
        if (category == null && !mandatory) {
            return townships;
        }
        List<TownshipTrace> out = new ArrayList<>();
        for (TownshipTrace t : townships) {
            List<ItemTrace> kept = t.items().stream().filter(this::keeps).toList();
            out.add(new TownshipTrace(t.name(), t.plan(), t.planVersion(), t.checklist(), kept));
        }
        return out;
    }

    public boolean keeps(ItemTrace i) {
        return (category == null || category.equals(categoryOf(i))) && (!mandatory || i.item().mandatory());
    }

    static String categoryOf(ItemTrace i) {
        String c = i.item().category();
        return c == null || c.isBlank() ? org.plantrace.web.i18n.Texts.in("org.plantrace.web.i18n.Trace", "group.other") : c.strip();
    }

    /** The matrix of the snapshot under these filters. */
    public TraceMatrix matrix(TraceSnapshot snapshot, TraceService service) {
        return matrix(snapshot, service, null);
    }

    /** As {@link #matrix(TraceSnapshot, TraceService)}, with only the column of {@code township} when it is not null. */
    public TraceMatrix matrix(TraceSnapshot snapshot, TraceService service, TownshipTrace township) {
        TraceMatrix m = category == null && !mandatory && township == null ? snapshot.matrix()
                : service.matrix(snapshot.county(), items(township == null ? snapshot.townships() : List.of(township)));
        List<TraceMatrix.Row> rows = m.rows().stream().filter(this::keeps).toList();
        return new TraceMatrix(m.countyCode(), m.countyTitle(), m.countyVersion(), m.townships(), rows);
    }

    private boolean keeps(TraceMatrix.Row r) {
        if (chapter != null && !(r.path() != null && (r.path().equals(chapter) || r.path().startsWith(chapter + "__")))) {
            return false;
        }
        return verdict == null || r.cells().values().stream().anyMatch(c -> c.status().code().equals(verdict));
    }

    /** The query string of these filters with one changed, for the filter links ({@code key} null: as they are). */
    public String query(String township, String key, String value) {
        StringBuilder q = new StringBuilder();
        add(q, "township", township);
        add(q, "chapter", "chapter".equals(key) ? value : chapter);
        add(q, "category", "category".equals(key) ? value : category);
        add(q, "mandatory", "mandatory".equals(key) ? value : (mandatory ? "true" : null));
        add(q, "verdict", "verdict".equals(key) ? value : verdict);
        return q.toString();
    }

    private static void add(StringBuilder q, String name, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        q.append(q.length() == 0 ? "?" : "&").append(name).append('=').append(encode(value));
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Whether {@code code} names a cell status. */
    public static boolean isVerdict(String code) {
        for (CellStatus s : CellStatus.values()) {
            if (s.code().equals(code)) {
                return true;
            }
        }
        return false;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
