package org.plantrace.guard;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Counts the Chinese string literals of Java files, comments left out, for the guards that keep
 * texts in the bundles (web.i18n.JavaTextsTest, domain.message.ChineseBelowWebTest): each lists the
 * files still holding some with their count, which may only go down.
 */
public final class ChineseLiterals {
    static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern LITERAL = Pattern.compile("\"(?:[^\"\\\\\n]|\\\\.)*\"");
    private static final Pattern BLOCK_COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
    private static final Pattern LINE_COMMENT = Pattern.compile("//[^\n]*");

    private ChineseLiterals() {
    }

    /** The Chinese string literals of some code, comments left out. */
    public static List<String> in(String code) {
        String stripped = LINE_COMMENT.matcher(BLOCK_COMMENT.matcher(code).replaceAll("")).replaceAll("");
        Matcher m = LITERAL.matcher(stripped);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            if (HAN.matcher(m.group()).find()) {
                out.add(m.group());
            }
        }
        return out;
    }

    /** Per Java file under each of {@code starts} (folders or files, relative to {@code root}): how many, where any. */
    public static Map<String, Integer> under(Path root, List<String> starts) throws IOException {
        Map<String, Integer> out = new TreeMap<>();
        for (String start : starts) {
            try (Stream<Path> files = Files.walk(root.resolve(start))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    int n = in(Files.readString(f, StandardCharsets.UTF_8)).size();
                    if (n > 0) {
                        out.put(root.relativize(f).toString().replace('\\', '/'), n);
                    }
                }
            }
        }
        return out;
    }

    /** Files holding more than their allowance (none for a file not listed), with {@code advice}. */
    public static List<String> over(Map<String, Integer> found, Map<String, Integer> allowed, String advice) {
        List<String> problems = new ArrayList<>();
        found.forEach((file, n) -> {
            int may = allowed.getOrDefault(file, 0);
            if (n > may) {
                problems.add(file + ": " + n + " Chinese string literals, " + may + " allowed — " + advice);
            }
        });
        return problems;
    }

    /** Allowances larger than what their file now holds: to be lowered, so the list cannot grow back unnoticed. */
    public static List<String> stale(Map<String, Integer> found, Map<String, Integer> allowed) {
        List<String> stale = new ArrayList<>();
        allowed.forEach((file, may) -> {
            int n = found.getOrDefault(file, 0);
            if (n < may) {
                stale.add(file + " now holds " + n + ", lower its entry from " + may);
            }
        });
        return stale;
    }
}
