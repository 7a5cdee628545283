package org.plantrace.extract.indicator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The rule words of indicator extraction, read from {@code indicator-rules.tsv} (see its header for
 * each kind). Lists that are matched at a position are kept longest first, so 平方米/人 wins over
 * 平方米 and 不超过 over 超过.
 */
public final class IndicatorRules {
    static final String RESOURCE = "indicator-rules.tsv";
    private static volatile IndicatorRules standard;

    /** A unit as written, with its base unit and the factor into it. */
    record UnitRule(String written, String baseUnit, BigDecimal factor) {
    }

    /** A comparator phrase and the comparison it states ({@code =} phrases are only stripped). */
    record Phrase(String text, Comparison op) {
    }

    final List<UnitRule> units = new ArrayList<>();
    final List<String> qualifierUnits = new ArrayList<>();
    final List<Phrase> prefixes = new ArrayList<>();
    final List<Phrase> suffixes = new ArrayList<>();
    final List<String> rangeSeparators = new ArrayList<>();
    final List<String> unitlessNameEnds = new ArrayList<>();
    final List<String> targetWords = new ArrayList<>();
    final List<String> trimHead = new ArrayList<>();
    final List<String> trimTail = new ArrayList<>();
    final List<String> cutAfter = new ArrayList<>();
    final List<String> verbs = new ArrayList<>();
    final List<String> bindingKeywords = new ArrayList<>();
    final Map<String, IndicatorClass> classWords = new LinkedHashMap<>();
    final List<Pattern> nameParts = new ArrayList<>();
    /** A header word of an indicator table (规划指标表) → the column it names: name, unit, class, base. */
    final Map<String, String> tableColumns = new LinkedHashMap<>();
    /** Null when the rule file has no share line: then nothing is read as a share. */
    String shareWord;
    String shareOfWord = "";
    String shareNameEnd = "";
    /** A word of a share's whole → the base unit the whole is measured in (面积 → 公顷). */
    final Map<String, String> wholeBaseUnits = new LinkedHashMap<>();

    private IndicatorRules() {
    }

    /** The rules shipped with PlanTrace, read once from the classpath. */
    public static IndicatorRules standard() {
        IndicatorRules r = standard;
        if (r == null) {
            try (InputStream in = IndicatorRules.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("indicator rules missing from the classpath: " + RESOURCE);
                }
                r = read(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            standard = r;
        }
        return r;
    }

    /** Reads rules in the tsv format; a line that does not fit fails with its line number. */
    public static IndicatorRules read(Reader source) throws IOException {
        IndicatorRules rules = new IndicatorRules();
        BufferedReader lines = new BufferedReader(source);
        String line;
        int n = 0;
        while ((line = lines.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            try {
                rules.add(f);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("indicator rules line " + n + ": " + line + " — " + e.getMessage(), e);
            }
        }
        rules.sortLongestFirst();
        return rules;
    }

    private void add(String[] f) {
        String kind = f[0];
        String phrase = f[1];
        switch (kind) {
            case "unit" -> units.add(new UnitRule(phrase, f[2], number(f[3])));
            case "qualifier" -> qualifierUnits.add(phrase);
            case "prefix" -> prefixes.add(new Phrase(phrase, Comparison.ofSymbol(f[2])));
            case "suffix" -> suffixes.add(new Phrase(phrase, Comparison.ofSymbol(f[2])));
            case "range" -> rangeSeparators.add(phrase);
            case "unitless" -> unitlessNameEnds.add(phrase);
            case "target" -> targetWords.add(phrase);
            case "trim-head" -> trimHead.add(phrase);
            case "trim-tail" -> trimTail.add(phrase);
            case "cut-after" -> cutAfter.add(phrase);
            case "verb" -> verbs.add(phrase);
            case "share" -> {
                shareWord = phrase;
                shareOfWord = f[2];
                shareNameEnd = f[3];
            }
            case "share-area" -> wholeBaseUnits.put(phrase, f[2]);
            case "binding" -> bindingKeywords.add(phrase);
            case "class-word" -> classWords.put(phrase, IndicatorClass.ofJsonName(f[2]));
            case "name-part" -> nameParts.add(Pattern.compile(phrase));
            case "table-column" -> tableColumns.put(phrase, f[2]);
            default -> throw new IllegalArgumentException("unknown kind " + kind);
        }
    }

    /** "10000/15" or "100": fractions keep 亩 → 公顷 exact to 16 digits. */
    private static BigDecimal number(String s) {
        int slash = s.indexOf('/');
        if (slash < 0) {
            return new BigDecimal(s);
        }
        return new BigDecimal(s.substring(0, slash)).divide(new BigDecimal(s.substring(slash + 1)), MathContext.DECIMAL64);
    }

    private void sortLongestFirst() {
        units.sort(Comparator.comparingInt((UnitRule u) -> u.written().length()).reversed());
        prefixes.sort(Comparator.comparingInt((Phrase p) -> p.text().length()).reversed());
        suffixes.sort(Comparator.comparingInt((Phrase p) -> p.text().length()).reversed());
        rangeSeparators.sort(Comparator.comparingInt(String::length).reversed());
        trimHead.sort(Comparator.comparingInt(String::length).reversed());
        trimTail.sort(Comparator.comparingInt(String::length).reversed());
    }

    /** The unit written at {@code at}, longest first, or null. */
    UnitRule unitAt(String text, int at) {
        for (UnitRule u : units) {
            if (text.startsWith(u.written(), at)) {
                return u;
            }
        }
        return null;
    }

    Phrase suffixAt(String text, int at) {
        for (Phrase p : suffixes) {
            if (text.startsWith(p.text(), at)) {
                return p;
            }
        }
        return null;
    }

    String rangeSeparatorAt(String text, int at) {
        for (String s : rangeSeparators) {
            if (text.startsWith(s, at)) {
                return s;
            }
        }
        return null;
    }

    boolean isQualifier(String unit) {
        return qualifierUnits.contains(unit);
    }

    /** The base unit a share's whole is measured in (县域国土面积 → 公顷), or null when the rules do not say. */
    String wholeBaseUnit(String whole) {
        for (Map.Entry<String, String> e : wholeBaseUnits.entrySet()) {
            if (whole.contains(e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }
}
