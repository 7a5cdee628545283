package org.plantrace.web.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.plantrace.search.analysis.Vocabulary;
import org.plantrace.web.startup.CorpusLocator;

/**
 * Suggestions for the search boxes: the planning terms the index matches as whole words
 * ({@code corpus/search/planning-terms.txt}), offered through an HTML {@code <datalist>} so the
 * browser does the completing without any script or extra request. Read once; missing or
 * unreadable files just mean no suggestions.
 */
@Named("searchSuggestions")
@ApplicationScoped
public class SearchSuggestions {
    /** Example searches for the home page and an empty search page: words the index is known to answer. */
    public static final List<String> EXAMPLES = List.of("生态保护红线", "永久基本农田", "城镇开发边界", "高铁站", "学校",
            "悬空寺");
    private static final Logger LOG = Logger.getLogger(SearchSuggestions.class.getName());
    private volatile List<String> terms;
    private volatile ForeignQueries foreign;

    public List<String> getExamples() {
        return EXAMPLES;
    }

    /** The Chinese terms for an English or pinyin query; empty for a Chinese one. */
    public java.util.Optional<List<String>> forForeign(String query) {
        ForeignQueries f = foreign;
        if (f == null) {
            try {
                f = ForeignQueries.read(CorpusLocator.corpusRoot().resolve("search").resolve(ForeignQueries.FILE));
            } catch (RuntimeException e) {
                // the note still tells the reader to search in Chinese, with the general examples
                LOG.log(Level.WARNING, "no foreign-query suggestions", e);
                f = new ForeignQueries(java.util.Map.of());
            }
            foreign = f;
        }
        return f.suggest(query, EXAMPLES);
    }

    public List<String> getTerms() {
        List<String> t = terms;
        if (t == null) {
            t = read(CorpusLocator.corpusRoot().resolve("search").resolve(Vocabulary.TERMS_FILE));
            terms = t;
        }
        return t;
    }

    /** The terms of the file, comments and blank lines dropped, each once, in the file's order. */
    static List<String> read(Path file) {
        try {
            Set<String> out = new LinkedHashSet<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String t = line.replaceAll("#.*", "").strip();
                if (t.length() >= 2) {
                    out.add(t);
                }
            }
            return List.copyOf(out);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "no search suggestions: " + file, e);
            return List.of();
        }
    }
}
