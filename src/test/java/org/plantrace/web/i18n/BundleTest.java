package org.plantrace.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The common bundle: same keys in both languages, every key a page uses exists, patterns parse. */
class BundleTest {
    private static final String BASE = "org.plantrace.web.i18n.Common";
    private static final Pattern USED = Pattern.compile("(?<![A-Za-z0-9_])msg\\['([A-Za-z0-9_.]+)'\\]");

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BASE, locale);
    }

    @Test
    void chineseAndEnglishHaveTheSameKeys() {
        assertEquals(new TreeSet<>(bundle(LocaleChoice.CHINESE).keySet()), new TreeSet<>(bundle(LocaleChoice.ENGLISH).keySet()));
    }

    @Test
    void chineseIsChosenForChineseEvenOnAnEnglishServer() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            assertEquals("登录", bundle(LocaleChoice.CHINESE).getString("signin.title"));
            assertEquals("Sign in", bundle(LocaleChoice.ENGLISH).getString("signin.title"));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void everyKeyThePagesUseExists() throws IOException {
        Set<String> keys = bundle(LocaleChoice.CHINESE).keySet();
        List<String> missing = new ArrayList<>();
        int used = 0;
        try (Stream<Path> files = Files.walk(Path.of("webapp"))) {
            for (Path page : files.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher m = USED.matcher(Files.readString(page));
                while (m.find()) {
                    used++;
                    if (!keys.contains(m.group(1))) {
                        missing.add(page + ": " + m.group(1));
                    }
                }
            }
        }
        assertTrue(used > 50, "pages hardly use the bundle: " + used);
        assertEquals(List.of(), missing);
    }

    @Test
    void everyTextIsAValidPatternAndNonEmpty() {
        for (Locale locale : LocaleChoice.SUPPORTED) {
            ResourceBundle b = bundle(locale);
            for (String key : b.keySet()) {
                String text = b.getString(key);
                assertFalse(text.isBlank(), key);
                new MessageFormat(text, locale).format(new Object[] {"x", "y", "z"});
            }
        }
    }

    @Test
    void theLanguageCookieIsReadStrictly() {
        assertEquals(LocaleChoice.ENGLISH, LocaleChoice.parse("en"));
        assertEquals(LocaleChoice.CHINESE, LocaleChoice.parse("fr"));
        assertEquals(LocaleChoice.CHINESE, LocaleChoice.parse(null));
        assertEquals("en", LocaleChoice.tag(Locale.ENGLISH));
        assertEquals("zh", LocaleChoice.tag(Locale.SIMPLIFIED_CHINESE));
    }
}
