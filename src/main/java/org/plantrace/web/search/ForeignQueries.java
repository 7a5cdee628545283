package org.plantrace.web.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A query written in English or pinyin: the plans are Chinese text, so it finds nothing useful.
 * The search page says so and suggests Chinese terms from {@code corpus/search/foreign-queries.tsv}
 * (word, tab, terms separated by |): the query's whole text first, then each of its words; a query
 * matching no line gets the general examples.
 */
public final class ForeignQueries {
    public static final String FILE = "foreign-queries.tsv";
    /** More would crowd the note; the first terms are the ones the words mean most directly. */
    static final int MAX_TERMS = 6;

    private final Map<String, List<String>> terms;

    ForeignQueries(Map<String, List<String>> terms) {
        this.terms = Map.copyOf(terms);
    }

    /** Reads the file; a line without a tab or without terms is named with the file and line. */
    public static ForeignQueries read(Path file) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": 无法读取 / cannot be read", e);
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            List<String> chinese = f.length == 2 ? List.of(f[1].strip().split("\\s*\\|\\s*", -1)) : List.of();
            if (f.length != 2 || f[0].isBlank() || chinese.stream().anyMatch(String::isBlank)) {
                throw new IllegalArgumentException(file + " 第" + (i + 1) + "行：应为“英文或拼音<TAB>中文词|中文词”"
                        + " / line " + (i + 1) + ": expected word<TAB>term|term: " + line);
            }
            out.put(f[0].strip().toLowerCase(Locale.ROOT), chinese);
        }
        return new ForeignQueries(out);
    }

    /** True when the query is written in Latin letters (English, pinyin) and holds no Chinese character. */
    static boolean foreign(String query) {
        return query.codePoints().anyMatch(c -> Character.isLetter(c) && c < 0x250)
                && query.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /**
     * The Chinese terms to suggest for a foreign query, or empty when the query is Chinese (or
     * mixes in Chinese). {@code fallback} when no word of it is known.
     */
    public Optional<List<String>> suggest(String query, List<String> fallback) {
        if (!foreign(query)) {
            return Optional.empty();
        }
        String q = query.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        Set<String> out = new LinkedHashSet<>(terms.getOrDefault(q, List.of()));
        List<String> words = new ArrayList<>(List.of(q.split(" ")));
        // two-word names (red line, old town) before the single words
        for (int i = 0; i + 1 < words.size(); i++) {
            out.addAll(terms.getOrDefault(words.get(i) + " " + words.get(i + 1), List.of()));
        }
        words.forEach(w -> out.addAll(terms.getOrDefault(w, List.of())));
        List<String> found = out.stream().limit(MAX_TERMS).toList();
        return Optional.of(found.isEmpty() ? fallback : found);
    }
}
