package org.plantrace.application.links;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.plantrace.defaults.PackagedDefaults;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.plantrace.domain.link.IndicatorFeatureTarget;
import org.plantrace.spatial.LayerKind;

/**
 * The rule table that links an indicator to the spatial layer it measures, read from
 * {@value #FILE_NAME} ({@code corpus/links/}): indicator name pattern → layer kind, with the source
 * of each rule. The table is data, never code; a malformed row is refused with the file, the line
 * and what to fix.
 */
public final class IndicatorLayerRules {
    public static final String FILE_NAME = "indicator-layers.tsv";
    /** A rule table of a few dozen rows is a text file of kilobytes; anything far larger is not one. */
    static final long MAX_BYTES = 1 << 20;

    /** One row: the pattern searched in the indicator name, the layer, and where the rule comes from. */
    record Rule(Pattern pattern, LayerKind layer, String source) {
    }

    private final List<Rule> rules;

    IndicatorLayerRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static IndicatorLayerRules none() {
        return new IndicatorLayerRules(List.of());
    }

    /** {@code <corpus>/links/indicator-layers.tsv}, the corpus being {@code plantrace.corpus} or {@code ./corpus}; none if absent. */
    public static IndicatorLayerRules located() {
        String corpus = System.getProperty("plantrace.corpus");
        Path base = corpus == null || corpus.isBlank() ? Path.of("corpus") : Path.of(corpus);
        Path file = base.resolve("links").resolve(FILE_NAME);
        if (Files.isRegularFile(file)) {
            return read(file);
        }
        if (corpus != null && !corpus.isBlank()) {
            // a corpus chosen on purpose without the table: no indicator-layer links
            return none();
        }
        // nothing configured and no ./corpus (a command run outside the project folder): the table the program carries
        return PackagedDefaults.bytes("corpus/links/" + FILE_NAME).isEmpty() ? none()
                : parse(FILE_NAME, new String(PackagedDefaults.bytes("corpus/links/" + FILE_NAME).orElseThrow(),
                        StandardCharsets.UTF_8).lines().toList());
    }

    /** Reads a rule table; throws {@link IllegalArgumentException} with a Chinese message naming the file and line. */
    public static IndicatorLayerRules read(Path file) {
        String name = file.getFileName().toString();
        List<String> lines;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new IllegalArgumentException(name + "：文件过大（超过 1 MB），不是规则表，请检查文件");
            }
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new IllegalArgumentException(name + "：不是 UTF-8 编码，请另存为 UTF-8 后重试", e);
        } catch (IOException e) {
            throw new IllegalArgumentException(name + "：无法读取（" + e.getMessage() + "）", e);
        }
        return parse(name, lines);
    }

    private static IndicatorLayerRules parse(String name, List<String> lines) {
        List<Rule> rules = new ArrayList<>();
        boolean header = true;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false; // the column names
                continue;
            }
            rules.add(row(name, i + 1, line.split("\t", -1)));
        }
        return new IndicatorLayerRules(rules);
    }

    private static Rule row(String file, int lineNo, String[] cells) {
        String where = file + " 第 " + lineNo + " 行";
        if (cells.length < 3 || cells[0].isBlank() || cells[1].isBlank()) {
            throw new IllegalArgumentException(where + "：应有三列（pattern、layer、source），以制表符分隔");
        }
        Pattern pattern;
        try {
            pattern = Pattern.compile(cells[0].strip());
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(where + "：pattern 不是有效的正则表达式（" + e.getDescription() + "）", e);
        }
        LayerKind layer = LayerKind.find(cells[1]).orElseThrow(() -> new IllegalArgumentException(
                where + "：未知图层“" + cells[1].strip() + "”，应为 LayerKind 的 id，如 ecological-red-line"));
        return new Rule(pattern, layer, cells[2].strip());
    }

    /** The layer an indicator of this name measures, by the first matching rule. */
    public Optional<IndicatorFeatureTarget> match(String indicatorName) {
        for (Rule r : rules) {
            if (r.pattern().matcher(indicatorName).find()) {
                return Optional.of(new IndicatorFeatureTarget(indicatorName, r.layer().id(), r.layer().label(),
                        FILE_NAME + "：" + r.pattern().pattern() + "（" + r.source() + "）"));
            }
        }
        return Optional.empty();
    }

    public int size() {
        return rules.size();
    }
}
