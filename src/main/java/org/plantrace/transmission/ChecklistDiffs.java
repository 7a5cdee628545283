package org.plantrace.transmission;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Compares two checklists of one target (from an older and a newer county version), in the manner
 * of Doorstop's suspect links. Items are paired by what produced them — the rule, the durable ids
 * of their source clauses, and their rank among items of that rule and those sources — never by
 * their wording, which is what changes. A pair whose source fingerprints differ is CHANGED and the
 * newer item is marked suspect; unpaired items are ADDED or REMOVED.
 */
public final class ChecklistDiffs {
    private ChecklistDiffs() {
    }

    public static ChecklistDiff compare(Checklist base, Checklist current) {
        if (!Objects.equals(base.target(), current.target())) {
            throw new IllegalArgumentException("只能比较同一传导对象的两份清单：" + base.target().name() + " / " + current.target().name());
        }
        Map<String, ChecklistItem> before = keyed(base.items());
        Map<String, ChecklistItem> after = keyed(current.items());
        List<ChecklistItem> marked = new ArrayList<>();
        List<ChecklistDiff.Row> rows = new ArrayList<>();
        for (Map.Entry<String, ChecklistItem> e : after.entrySet()) {
            ChecklistItem now = e.getValue();
            ChecklistItem was = before.get(e.getKey());
            if (was == null) {
                marked.add(now);
                rows.add(new ChecklistDiff.Row(null, now, ChecklistDiff.Change.ADDED));
            } else if (fingerprints(was).equals(fingerprints(now))) {
                marked.add(now);
                rows.add(new ChecklistDiff.Row(was, now, ChecklistDiff.Change.UNCHANGED));
            } else {
                ChecklistItem suspect = suspect(now);
                marked.add(suspect);
                rows.add(new ChecklistDiff.Row(was, suspect, ChecklistDiff.Change.CHANGED));
            }
        }
        for (Map.Entry<String, ChecklistItem> e : before.entrySet()) {
            if (!after.containsKey(e.getKey())) {
                rows.add(new ChecklistDiff.Row(e.getValue(), null, ChecklistDiff.Change.REMOVED));
            }
        }
        Checklist newer = new Checklist(current.target(), current.planCode(), current.planTitle(), current.planVersion(),
                current.generatedAt(), marked, current.notices());
        return new ChecklistDiff(base, newer, rows);
    }

    /** The newer checklist with its suspect items marked. */
    public static Checklist markSuspects(Checklist base, Checklist current) {
        return compare(base, current).current();
    }

    private static ChecklistItem suspect(ChecklistItem i) {
        return i.withSuspect(true);
    }

    private static List<String> fingerprints(ChecklistItem i) {
        return i.sourceClauses().stream().map(SourceClause::fingerprint).toList();
    }

    /** rule + source uids + rank among items with the same rule and sources, in checklist order. */
    private static Map<String, ChecklistItem> keyed(List<ChecklistItem> items) {
        Map<String, Integer> seen = new HashMap<>();
        Map<String, ChecklistItem> out = new LinkedHashMap<>();
        for (ChecklistItem i : items) {
            StringBuilder k = new StringBuilder(i.rule());
            for (SourceClause s : i.sourceClauses()) {
                k.append('|').append(s.uid() == null ? s.id() : s.uid());
            }
            String base = k.toString();
            int n = seen.merge(base, 1, Integer::sum);
            out.put(base + '#' + n, i);
        }
        return out;
    }
}
