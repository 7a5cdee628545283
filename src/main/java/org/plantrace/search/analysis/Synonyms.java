package org.plantrace.search.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Synonyms in the Solr format: {@code a,b,c} (each finds the others) and {@code a,b => c,d} (a
 * query for a or b also looks for c and d). Parsed here rather than by Lucene's SolrSynonymParser
 * because we expand at query time into whole-term queries, not into a token graph.
 */
public final class Synonyms {
    private final Map<String, Set<String>> expansions;

    private Synonyms(Map<String, Set<String>> expansions) {
        this.expansions = expansions;
    }

    /** Parses the file's lines; '#' starts a comment. */
    public static Synonyms parse(List<String> lines) {
        Map<String, Set<String>> map = new LinkedHashMap<>();
        for (String raw : lines) {
            String line = raw.replaceAll("#.*", "").strip();
            if (line.isEmpty()) {
                continue;
            }
            int arrow = line.indexOf("=>");
            if (arrow >= 0) {
                List<String> from = words(line.substring(0, arrow));
                List<String> to = words(line.substring(arrow + 2));
                for (String f : from) {
                    add(map, f, to);
                }
            } else {
                List<String> group = words(line);
                for (String w : group) {
                    add(map, w, group);
                }
            }
        }
        return new Synonyms(map);
    }

    private static void add(Map<String, Set<String>> map, String key, List<String> targets) {
        Set<String> set = map.computeIfAbsent(key, k -> new LinkedHashSet<>());
        for (String t : targets) {
            if (!t.equals(key)) {
                set.add(t);
            }
        }
    }

    private static List<String> words(String part) {
        List<String> out = new ArrayList<>();
        for (String w : part.split("[,，]")) {
            if (!w.isBlank()) {
                out.add(w.strip());
            }
        }
        return out;
    }

    /** What a query word also looks for; empty if it has no synonyms. */
    public Set<String> of(String word) {
        return expansions.getOrDefault(word, Collections.emptySet());
    }

    /** Every word named in the file, keys and targets: they all join the dictionary. */
    public Set<String> words() {
        Set<String> all = new LinkedHashSet<>(expansions.keySet());
        expansions.values().forEach(all::addAll);
        return all;
    }
}
