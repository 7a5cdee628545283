package org.plantrace.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every bundle registered in faces-config.xml (msg, rv, srch, ck, au, ln …): Chinese in the default
 * file, the same keys in English, a deliberately empty {@code _zh} file, every key a page uses
 * defined; and no page carries literal Chinese in its markup, so that switching to English really
 * switches every page.
 */
class PageTextsTest {
    private static final Path PAGES = Path.of("webapp");
    private static final Pattern BUNDLE = Pattern.compile(
            "<resource-bundle>\\s*<base-name>([\\w.]+)</base-name>\\s*<var>(\\w+)</var>\\s*</resource-bundle>");
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}+");

    /**
     * Pages allowed to carry literal Chinese outside comments, each with its reason. Keep it short:
     * a Chinese text belongs in a bundle. Form: "path relative to webapp/" -> "why".
     */
    private static final Map<String, String> EXEMPT = Map.of();

    private static Map<String, String> registeredBundles() throws IOException {
        String config = Files.readString(PAGES.resolve("WEB-INF/faces-config.xml"), StandardCharsets.UTF_8);
        Map<String, String> bundles = new LinkedHashMap<>();
        Matcher m = BUNDLE.matcher(COMMENT.matcher(config).replaceAll(""));
        while (m.find()) {
            bundles.put(m.group(2), m.group(1));
        }
        return bundles;
    }

    private static List<Path> pages() throws IOException {
        try (Stream<Path> files = Files.walk(PAGES)) {
            return files.filter(p -> p.toString().endsWith(".xhtml")).sorted().toList();
        }
    }

    private static Properties load(String baseName, String suffix) throws IOException {
        String resource = "/" + baseName.replace('.', '/') + suffix + ".properties";
        try (InputStream in = PageTextsTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, "missing " + resource);
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }

    @Test
    void theAreaBundlesAreRegistered() throws IOException {
        Map<String, String> bundles = registeredBundles();
        for (String var : List.of("msg", "rv", "srch", "ck", "au", "ln")) {
            assertTrue(bundles.containsKey(var), "faces-config.xml registers no bundle as " + var + ": " + bundles);
        }
    }

    @Test
    void everyBundleHasTheSameKeysInEnglishAndAnEmptyChineseFile() throws IOException {
        for (Map.Entry<String, String> b : registeredBundles().entrySet()) {
            Properties zh = load(b.getValue(), "");
            Properties en = load(b.getValue(), "_en");
            assertEquals(new TreeSet<>(zh.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()), b.getValue());
            assertTrue(load(b.getValue(), "_zh").isEmpty(), b.getValue() + "_zh must stay empty: Chinese lives in the default file");
        }
    }

    @Test
    void chineseReadersGetChineseEvenOnAnEnglishServer() throws IOException {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            for (String base : registeredBundles().values()) {
                Properties zh = load(base, "");
                String key = zh.stringPropertyNames().iterator().next();
                ResourceBundle.clearCache();
                assertEquals(zh.getProperty(key), ResourceBundle.getBundle(base, LocaleChoice.CHINESE).getString(key), base);
                assertEquals(load(base, "_en").getProperty(key),
                        ResourceBundle.getBundle(base, LocaleChoice.ENGLISH).getString(key), base);
            }
        } finally {
            Locale.setDefault(before);
            ResourceBundle.clearCache();
        }
    }

    @Test
    void everyTextIsNonEmptyAndAValidPattern() throws IOException {
        for (String base : registeredBundles().values()) {
            for (String suffix : List.of("", "_en")) {
                Properties p = load(base, suffix);
                for (String key : p.stringPropertyNames()) {
                    String text = p.getProperty(key);
                    assertFalse(text.isEmpty(), base + suffix + ": " + key);
                    new MessageFormat(text, Locale.ENGLISH).format(new Object[] {"x", "y", "z"});
                }
            }
        }
    }

    @Test
    void everyKeyThePagesUseExists() throws IOException {
        Map<String, Set<String>> keys = new LinkedHashMap<>();
        for (Map.Entry<String, String> b : registeredBundles().entrySet()) {
            keys.put(b.getKey(), load(b.getValue(), "").stringPropertyNames());
        }
        Pattern use = Pattern.compile("(?<![A-Za-z0-9_.])(" + String.join("|", keys.keySet()) + ")\\['([A-Za-z0-9_.\\-]+)'\\]");
        List<String> missing = new ArrayList<>();
        Map<String, Integer> used = new LinkedHashMap<>();
        for (Path page : pages()) {
            Matcher m = use.matcher(Files.readString(page, StandardCharsets.UTF_8));
            while (m.find()) {
                used.merge(m.group(1), 1, Integer::sum);
                if (!keys.get(m.group(1)).contains(m.group(2))) {
                    missing.add(PAGES.relativize(page) + ": " + m.group(1) + "['" + m.group(2) + "']");
                }
            }
        }
        assertEquals(List.of(), missing);
        for (String var : List.of("srch", "ck", "au", "ln")) {
            assertTrue(used.getOrDefault(var, 0) > 10, var + " is hardly used: " + used);
        }
    }

    @Test
    void noPageHasLiteralChineseInItsMarkup() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path page : pages()) {
            String name = PAGES.relativize(page).toString().replace('\\', '/');
            if (EXEMPT.containsKey(name)) {
                continue;
            }
            String markup = COMMENT.matcher(Files.readString(page, StandardCharsets.UTF_8)).replaceAll("");
            String[] lines = markup.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher han = HAN.matcher(lines[i]);
                if (han.find()) {
                    found.add(name + " (line " + (i + 1) + " without comments): " + han.group());
                }
            }
        }
        assertEquals(List.of(), found, "Chinese in the markup: move it to the page's bundle");
    }

    @Test
    void theDetectorSeesChineseInTextAndAttributesButNotInComments() {
        assertTrue(HAN.matcher(COMMENT.matcher("<p>检索</p>").replaceAll("")).find());
        assertTrue(HAN.matcher(COMMENT.matcher("<input placeholder=\"搜索\"/>").replaceAll("")).find());
        assertTrue(HAN.matcher(COMMENT.matcher("<p>#{x ? '是' : '否'}</p>").replaceAll("")).find());
        assertFalse(HAN.matcher(COMMENT.matcher("<!-- 确认 or\n 取消 --><p>#{srch['box.submit']}</p>").replaceAll("")).find());
    }
}
