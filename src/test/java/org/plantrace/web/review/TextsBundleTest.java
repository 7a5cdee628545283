package org.plantrace.web.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The compare, review and upload pages' texts: every key in both languages, every key the pages use defined. */
class TextsBundleTest {

    @Test
    void chineseAndEnglishHaveTheSameKeysAndThePagesUseOnlyThose() throws Exception {
        Properties zh = load("Texts.properties");
        Properties en = load("Texts_en.properties");
        assertEquals(new TreeSet<>(zh.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()));
        assertTrue(load("Texts_zh.properties").isEmpty(), "Chinese lives in the default file");

        Pattern use = Pattern.compile("rv\\['([a-zA-Z.\\-]+)'\\]");
        int used = 0;
        for (Path page : Stream.of("webapp/compare.xhtml", "webapp/review.xhtml", "webapp/upload.xhtml",
                "webapp/WEB-INF/includes/version-diff.xhtml", "webapp/WEB-INF/includes/review-entry.xhtml",
                "webapp/WEB-INF/includes/version-tools.xhtml").map(Path::of).toList()) {
            Matcher m = use.matcher(Files.readString(page, StandardCharsets.UTF_8));
            while (m.find()) {
                used++;
                String key = m.group(1);
                // 'kind.'.concat(k.key) is checked through its prefix: every kind has a key
                assertTrue(key.equals("kind.") || zh.containsKey(key), page + " uses undefined " + key);
            }
        }
        assertFalse(used == 0);
        for (String kind : new String[] {"added", "removed", "moved", "renumbered", "text-changed", "unchanged"}) {
            assertTrue(zh.containsKey("kind." + kind), kind);
        }
    }

    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = TextsBundleTest.class.getResourceAsStream("/org/plantrace/web/review/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
