package org.plantrace.conformance.action;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.plantrace.conformance.ReviewTable;

/**
 * {@code actions.tsv}: the action verbs of a sentence and their stance. Longest verbs first, each
 * occurrence read once (不再保留 is remove, not also keep). A prohibition word within four
 * characters before a remove verb (严禁拆除) protects: the pair reads as keep.
 */
public final class ActionTable {
    private static final int PROHIBITION_REACH = 4;

    /** A verb found in a sentence. */
    public record Action(String verb, Stance stance, int at) {
    }

    private final List<String[]> verbs = new ArrayList<>();

    public ActionTable(Path file) {
        for (String[] r : ReviewTable.read(file)) {
            Stance.valueOf(r[1].toUpperCase(Locale.ROOT));
            verbs.add(r);
        }
        verbs.sort(Comparator.comparingInt((String[] r) -> r[0].length()).reversed());
    }

    public List<Action> in(String sentence) {
        Map<Integer, Action> found = new LinkedHashMap<>();
        char[] marked = sentence.toCharArray();
        for (String[] v : verbs) {
            String verb = v[0];
            int i = new String(marked).indexOf(verb);
            while (i >= 0) {
                found.put(i, new Action(verb, Stance.valueOf(v[1].toUpperCase(Locale.ROOT)), i));
                for (int k = i; k < i + verb.length(); k++) {
                    marked[k] = '\u3000';
                }
                i = new String(marked).indexOf(verb, i + verb.length());
            }
        }
        List<Action> ordered = new ArrayList<>(found.values());
        ordered.sort(Comparator.comparingInt(Action::at));
        List<Action> out = new ArrayList<>();
        for (int k = 0; k < ordered.size(); k++) {
            Action a = ordered.get(k);
            Action next = k + 1 < ordered.size() ? ordered.get(k + 1) : null;
            if (a.stance() == Stance.PROHIBIT && next != null && next.stance() == Stance.REMOVE
                    && next.at() - (a.at() + a.verb().length()) <= PROHIBITION_REACH) {
                out.add(new Action(a.verb() + "…" + next.verb(), Stance.KEEP, a.at()));
                k++;
                continue;
            }
            out.add(a);
        }
        return out;
    }
}
