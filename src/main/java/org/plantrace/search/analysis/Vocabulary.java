package org.plantrace.search.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The planning vocabulary: the dictionary of planning terms and the synonyms, read from
 * {@code corpus/search/planning-terms.txt} and {@code corpus/search/synonyms.txt}. The synonyms'
 * words join the dictionary so that 幼儿园 is one term both in the index and in an expansion.
 */
public final class Vocabulary {
    public static final String TERMS_FILE = "planning-terms.txt";
    public static final String SYNONYMS_FILE = "synonyms.txt";

    private final PlanningDictionary dictionary;
    private final Synonyms synonyms;

    public Vocabulary(List<String> termLines, List<String> synonymLines) {
        this.synonyms = Synonyms.parse(synonymLines);
        List<String> terms = new ArrayList<>();
        for (String line : termLines) {
            String t = line.replaceAll("#.*", "").strip();
            if (!t.isEmpty()) {
                terms.add(t);
            }
        }
        terms.addAll(synonyms.words());
        this.dictionary = new PlanningDictionary(terms);
    }

    /** Reads the two files from a folder such as {@code corpus/search}. */
    public static Vocabulary load(Path folder) {
        try {
            return new Vocabulary(Files.readAllLines(folder.resolve(TERMS_FILE), StandardCharsets.UTF_8),
                    Files.readAllLines(folder.resolve(SYNONYMS_FILE), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("检索词表不可读 / search vocabulary unreadable: " + folder, e);
        }
    }

    public PlanningDictionary dictionary() {
        return dictionary;
    }

    public Synonyms synonyms() {
        return synonyms;
    }
}
