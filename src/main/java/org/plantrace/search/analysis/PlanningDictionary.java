package org.plantrace.search.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** A set of planning terms and where they occur in a text (every occurrence, overlaps included). */
public final class PlanningDictionary {
    private final Set<String> terms;
    /** For each first character, the lengths of the terms that start with it, longest first. */
    private final Map<Character, int[]> lengthsByFirst;

    /** An occurrence of a term: [start, end) in the text. */
    public record Match(String term, int start, int end) {
        boolean covers(Match other) {
            return start <= other.start && end >= other.end && term.length() > other.term.length();
        }
    }

    PlanningDictionary(Collection<String> terms) {
        Set<String> kept = new HashSet<>();
        for (String t : terms) {
            // one character is no term: every bigram field already has it, and it would match anywhere
            if (t.strip().length() >= 2) {
                kept.add(t.strip());
            }
        }
        this.terms = Set.copyOf(kept);
        Map<Character, TreeSet<Integer>> lengths = new HashMap<>();
        kept.forEach(t -> lengths.computeIfAbsent(t.charAt(0), k -> new TreeSet<>(Comparator.reverseOrder()))
                .add(t.length()));
        this.lengthsByFirst = new HashMap<>();
        lengths.forEach((c, set) -> lengthsByFirst.put(c, set.stream().mapToInt(Integer::intValue).toArray()));
    }

    public boolean contains(String term) {
        return terms.contains(term);
    }

    /** The terms, in no order. */
    public Set<String> terms() {
        return terms;
    }

    public int size() {
        return terms.size();
    }

    /**
     * A digest of the terms: an index whose {@code *_terms} fields were made with another dictionary
     * is rebuilt ({@code IndexStore.problem}), since a search counts on them holding every term.
     */
    public String fingerprint() {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            new java.util.TreeSet<>(terms).forEach(t -> sha.update((t + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            return java.util.HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Every occurrence of every term, by start and then longest first. All of them, not a
     * segmentation: 永久基本农田 also yields 基本农田, so a query for either finds the clause.
     */
    public List<Match> find(CharSequence text) {
        List<Match> out = new ArrayList<>();
        String s = text.toString();
        for (int i = 0; i < s.length(); i++) {
            int[] lengths = lengthsByFirst.get(s.charAt(i));
            if (lengths == null) {
                continue;
            }
            for (int len : lengths) {
                if (i + len <= s.length() && terms.contains(s.substring(i, i + len))) {
                    out.add(new Match(s.substring(i, i + len), i, i + len));
                }
            }
        }
        return out;
    }

    /** The occurrences not inside a longer occurrence: 红线 inside 生态保护红线 is not meant alone. */
    public List<Match> outermost(CharSequence text) {
        List<Match> all = find(text);
        List<Match> out = new ArrayList<>();
        for (Match m : all) {
            if (all.stream().noneMatch(other -> other.covers(m))) {
                out.add(m);
            }
        }
        return out;
    }
}
