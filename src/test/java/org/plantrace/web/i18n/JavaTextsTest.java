package org.plantrace.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.plantrace.conformance.Verdict;
import org.plantrace.domain.account.Action;
import org.plantrace.domain.account.Role;
import org.plantrace.domain.clause.ClauseKind;
import org.plantrace.domain.compare.ChangeKind;
import org.plantrace.domain.link.LinkStatus;
import org.plantrace.domain.link.LinkType;
import org.plantrace.domain.plan.PlanLevel;
import org.plantrace.domain.plan.VersionStatus;
import org.plantrace.domain.review.SuggestionState;
import org.plantrace.domain.review.ThreadStatus;
import org.plantrace.guard.ChineseLiterals;
import org.plantrace.transmission.TargetKind;

/**
 * The page guard of {@link PageTextsTest} extended to the texts Java builds (issue #14.9): the
 * words for the domain's named values come from the bundles in both languages, and the web layer's
 * Java gains no new Chinese string literal. The files that still build Chinese texts are listed with
 * how many literals they hold; the count may only go down (lower it here when you move texts to a
 * bundle), and a file not listed may hold none.
 */
class JavaTextsTest {
    private static final Path WEB = Path.of("src/main/java/org/plantrace/web");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    /**
     * Files of the web layer still holding Chinese string literals, with their count; each for a
     * reason that is not a reader's text in the wrong language (issue #14.9):
     * <ul>
     * <li>{@code SearchSuggestions}: example queries, plan words, Chinese on purpose;</li>
     * <li>{@code AccountStartup}: the operator's log lines announcing the first admin's one-time
     *     password, quoted as they are in docs/security.md; never shown on a page;</li>
     * <li>{@code ForeignQueries}: errors in a corpus data file (corpus/search/foreign-queries.tsv) for
     *     its maintainer, in the language of every other corpus loader's errors; never shown to a reader;</li>
     * <li>{@code ClauseGeoJson}: the {@code note} field of the map's GeoJSON, built once and cached for
     *     every reader; the page's legend says the same from the bundle.</li>
     * </ul>
     */
    private static final Map<String, Integer> STILL_CHINESE = Map.ofEntries(
            Map.entry("search/SearchSuggestions.java", 6),
            Map.entry("account/AccountStartup.java", 4),
            Map.entry("search/ForeignQueries.java", 3),
            Map.entry("map/ClauseGeoJson.java", 1));

    /** The named values the pages show, each with a word in Common.properties and Common_en.properties. */
    private static final List<Class<? extends Enum<?>>> NAMED = List.of(VersionStatus.class, PlanLevel.class, Role.class,
            LinkStatus.class, LinkType.class, Verdict.class, TargetKind.class, ClauseKind.class, ThreadStatus.class,
            SuggestionState.class, ChangeKind.class, Action.class, org.plantrace.spatial.LayerKind.class,
            org.plantrace.extract.entity.EntityType.class,
            org.plantrace.domain.clause.MandatoryProvenance.class,
            org.plantrace.extract.indicator.Comparison.class, org.plantrace.extract.indicator.IndicatorClass.class);

    private static Properties load(String resource) throws IOException {
        try (InputStream in = JavaTextsTest.class.getResourceAsStream(resource)) {
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }

    /** Chinese string literals per file of the web layer, comments left out. */
    static Map<String, Integer> chineseLiterals() throws IOException {
        return ChineseLiterals.under(WEB, List.of("."));
    }

    @Test
    void theWebLayerGainsNoChineseStringInJava() throws IOException {
        assertEquals(List.of(), ChineseLiterals.over(chineseLiterals(), STILL_CHINESE, "put the text in a bundle"));
    }

    @Test
    void theListOfFilesStillInChineseOnlyShrinks() throws IOException {
        assertEquals(List.of(), ChineseLiterals.stale(chineseLiterals(), STILL_CHINESE),
                "keep the list honest, so that it cannot grow back unnoticed");
    }

    @Test
    void everyNamedValueHasItsWordInBothLanguages() throws IOException {
        Properties zh = load("/org/plantrace/web/i18n/Common.properties");
        Properties en = load("/org/plantrace/web/i18n/Common_en.properties");
        for (Class<? extends Enum<?>> type : NAMED) {
            for (Enum<?> value : type.getEnumConstants()) {
                String key = "enum." + type.getSimpleName() + "." + value.name();
                assertTrue(zh.containsKey(key), "Common.properties lacks " + key);
                String english = en.getProperty(key);
                assertTrue(english != null && !english.isBlank(), "Common_en.properties lacks " + key);
                assertFalse(HAN.matcher(english).find(), key + " in English: " + english);
                assertEquals(zh.getProperty(key), Words.word(value, LocaleChoice.CHINESE), key);
                assertEquals(english, Words.word(value, LocaleChoice.ENGLISH), key);
            }
        }
    }

    @Test
    void theChineseWordsAgreeWithTheDomainsOwnLabels() {
        // files and the command line keep using label(); the pages must not say something else
        for (VersionStatus s : VersionStatus.values()) {
            assertEquals(s.label(), Words.word(s, LocaleChoice.CHINESE));
        }
        for (Verdict v : Verdict.values()) {
            assertEquals(v.label(), Words.word(v, LocaleChoice.CHINESE));
        }
        for (PlanLevel l : PlanLevel.values()) {
            assertEquals(l.label(), Words.word(l, LocaleChoice.CHINESE));
        }
        for (ClauseKind k : ClauseKind.values()) {
            assertEquals(k.chineseName(), Words.word(k, LocaleChoice.CHINESE));
        }
    }

    @Test
    void theDetectorSeesLiteralsButNotComments() {
        String code = "// 注释\n/* 说明 */ String a = \"已保存\"; String b = \"ok\";";
        assertEquals(List.of("\"已保存\""), ChineseLiterals.in(code));
    }
}
