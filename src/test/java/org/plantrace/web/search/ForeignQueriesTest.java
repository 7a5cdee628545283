package org.plantrace.web.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue #14.4: a query in English or pinyin is told the plan is searched in Chinese, with terms to try. */
class ForeignQueriesTest {
    static final ForeignQueries CORPUS = ForeignQueries.read(Path.of("corpus/search", ForeignQueries.FILE));
    static final List<String> FALLBACK = SearchSuggestions.EXAMPLES;

    @Test
    void englishAndPinyinWordsSuggestTheChineseTermsThePlanUses() {
        assertTrue(CORPUS.suggest("farmland", FALLBACK).orElseThrow().contains("耕地"));
        assertTrue(CORPUS.suggest("Ecological Red Line", FALLBACK).orElseThrow().contains("生态保护红线"));
        assertTrue(CORPUS.suggest("gengdi", FALLBACK).orElseThrow().contains("耕地"));
        List<String> two = CORPUS.suggest("school hospital", FALLBACK).orElseThrow();
        assertTrue(two.containsAll(List.of("学校", "医院")), two.toString());
        assertTrue(two.size() <= ForeignQueries.MAX_TERMS);
    }

    @Test
    void anUnknownForeignWordGetsTheGeneralExamples() {
        assertEquals(Optional.of(FALLBACK), CORPUS.suggest("qwertyuiop", FALLBACK));
    }

    @Test
    void aChineseOrMixedQueryGetsNoNote() {
        assertEquals(Optional.empty(), CORPUS.suggest("耕地保有量", FALLBACK));
        assertEquals(Optional.empty(), CORPUS.suggest("GDP 耕地", FALLBACK));
        assertEquals(Optional.empty(), CORPUS.suggest("2035", FALLBACK), "digits alone are not a language");
        assertEquals(Optional.empty(), CORPUS.suggest("第17条", FALLBACK));
    }

    @Test
    void aBrokenLineIsNamedWithItsFileAndLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(ForeignQueries.FILE);
        Files.writeString(file, "# comment\nfarmland\t耕地\nschool 学校\n", StandardCharsets.UTF_8);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ForeignQueries.read(file));
        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("第3行"), e.getMessage());
        Files.writeString(file, "farmland\t耕地||\n", StandardCharsets.UTF_8);
        assertThrows(IllegalArgumentException.class, () -> ForeignQueries.read(file));
        assertThrows(java.io.UncheckedIOException.class, () -> ForeignQueries.read(dir.resolve("missing.tsv")));
    }
}
