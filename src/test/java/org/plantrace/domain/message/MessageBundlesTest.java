package org.plantrace.domain.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.plantrace.domain.plan.VersionStatus;

/**
 * The bundles of messages built below the web layer (issue #14.9): every key the code names exists
 * in Chinese and in English, the English has no Chinese in it, both say the same placeholders, and
 * a message renders the same Chinese the command line printed before.
 */
class MessageBundlesTest {
    private static final Path BUNDLES = Path.of("src/main/resources/org/plantrace/messages");
    private static final Path CODE = Path.of("src/main/java/org/plantrace");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

    static List<String> areas() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".properties") && !n.contains("_"))
                    .map(n -> n.substring(0, n.length() - ".properties".length())).sorted().toList();
        }
    }

    static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    /**
     * Every string literal inside a {@code Message.of(…)} of the main code that looks like a key of
     * one of the bundles (also both keys of {@code Message.of(x ? "a.b" : "a.c", …)}).
     */
    static Set<String> keysInCode(List<String> areas) throws IOException {
        Pattern key = Pattern.compile("\"((?:" + String.join("|", areas) + ")\\.[A-Za-z0-9_.]+[A-Za-z0-9_])\"");
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(CODE)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(f, StandardCharsets.UTF_8);
                for (int at = code.indexOf("Message.of("); at >= 0; at = code.indexOf("Message.of(", at + 1)) {
                    Matcher m = key.matcher(call(code, at + "Message.of(".length()));
                    while (m.find()) {
                        keys.add(m.group(1));
                    }
                }
            }
        }
        return keys;
    }

    /** The arguments of a call whose opening parenthesis ends at {@code from}, up to its closing one. */
    private static String call(String code, int from) {
        int depth = 1;
        for (int i = from; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '"') {
                for (i++; i < code.length() && code.charAt(i) != '"'; i++) {
                    i += code.charAt(i) == '\\' ? 1 : 0;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return code.substring(from, i);
            }
        }
        return code.substring(from);
    }

    @Test
    void everyKeyTheCodeNamesIsInBothLanguages() throws IOException {
        List<String> areas = areas();
        Set<String> keys = keysInCode(areas);
        assertTrue(keys.size() > 30, "the scan finds the keys: " + keys.size());
        List<String> missing = new ArrayList<>();
        for (String k : keys) {
            String area = k.substring(0, k.indexOf('.'));
            if (!load(BUNDLES.resolve(area + ".properties")).containsKey(k)) {
                missing.add(area + ".properties: " + k);
            }
            if (!load(BUNDLES.resolve(area + "_en.properties")).containsKey(k)) {
                missing.add(area + "_en.properties: " + k);
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void bothLanguagesHoldTheSameKeysWithTheSamePlaceholdersAndTheEnglishIsEnglish() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String area : areas()) {
            Properties zh = load(BUNDLES.resolve(area + ".properties"));
            Path enFile = BUNDLES.resolve(area + "_en.properties");
            if (!Files.exists(enFile)) {
                problems.add(area + "_en.properties is missing");
                continue;
            }
            Properties en = load(enFile);
            if (!zh.keySet().equals(en.keySet())) {
                Set<Object> onlyZh = new TreeSet<>(zh.keySet());
                onlyZh.removeAll(en.keySet());
                Set<Object> onlyEn = new TreeSet<>(en.keySet());
                onlyEn.removeAll(zh.keySet());
                problems.add(area + ": only Chinese " + onlyZh + ", only English " + onlyEn);
            }
            for (String k : zh.stringPropertyNames()) {
                String english = en.getProperty(k, "");
                if (!k.startsWith(area + ".")) {
                    problems.add(area + ": key " + k + " belongs in " + k.substring(0, Math.max(0, k.indexOf('.'))) + ".properties");
                }
                if (HAN.matcher(english).find()) {
                    problems.add(area + "_en: " + k + " = " + english);
                }
                if (!placeholders(zh.getProperty(k)).equals(placeholders(english))) {
                    problems.add(area + ": " + k + " placeholders differ");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    private static Set<String> placeholders(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    @Test
    void aMessageIsChineseForTheCommandLineAndEnglishForAnEnglishReader() {
        Message m = Message.of("authoring.approve.notInReview", 2035, VersionStatus.DRAFT);
        assertEquals("只有“审查中”的版本可以审查通过；第 2035 版现为“草案”。", m.chinese());
        assertEquals(m.chinese(), m.toString());
        // numbers as they are (no 2,035); an enum by the words the caller gives
        assertEquals("Only a version in review can be approved; version 2035 is now \"draft\".",
                m.in(Locale.ENGLISH, (v, l) -> ((Enum<?>) v).name().toLowerCase(Locale.ROOT)));
    }

    @Test
    void aMessageInsideAMessageIsInTheSameLanguage() {
        Message m = Message.of("authoring.wrongStatus", 3, VersionStatus.PUBLISHED, Message.of("authoring.doing.submit"),
                VersionStatus.DRAFT);
        assertTrue(m.chinese().contains("不能提交审查"), m.chinese());
        String english = m.in(Locale.ENGLISH);
        assertTrue(english.contains("cannot be submitted for review"), english);
    }

    @Test
    void anUnknownKeyShowsItselfAndAnUnknownLanguageIsChinese() {
        assertEquals("???authoring.noSuchText???", Message.of("authoring.noSuchText").chinese());
        assertEquals(Message.of("authoring.merge.last").chinese(), Message.of("authoring.merge.last").in(Locale.FRENCH));
        assertFalse(HAN.matcher(Message.of("authoring.merge.last").in(Locale.ENGLISH)).find());
    }

    @Test
    void aKeyNamesItsArea() {
        assertEquals("org.plantrace.messages.authoring", Message.bundleOf("authoring.merge.last"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> Message.of("nodot"));
    }
}
