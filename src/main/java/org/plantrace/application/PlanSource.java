package org.plantrace.application;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plantrace.domain.plan.Plan;
import org.plantrace.domain.plan.PlanLevel;
import org.plantrace.ingest.InputRejectedException;
import org.plantrace.ingest.Outline;

/**
 * Where a plan's text comes from: a plan folder, whose {@value #PROPERTIES} declares the plan and
 * names its {@code document=}, or a bare document, whose plan code comes from the file name and
 * whose name, level and period are read off the document title.
 */
public final class PlanSource {
    public static final String PROPERTIES = "plan.properties";
    private static final Pattern PERIOD = Pattern.compile("((?:19|20)\\d{2})\\s*[—–－\\-~～至]+\\s*((?:19|20)\\d{2})");

    private final String code;
    private final Plan declared;
    private final Path document;

    private PlanSource(String code, Plan declared, Path document) {
        this.code = code;
        this.declared = declared;
        this.document = document;
    }

    /** A plan folder or a bare document; refuses a folder without a usable plan.properties. */
    public static PlanSource of(Path path) throws InputRejectedException {
        return Files.isDirectory(path) ? folder(path) : bareFile(path);
    }

    /** The plan code without reading the document. */
    public String code() {
        return code;
    }

    public Path document() {
        return document;
    }

    /**
     * The plan this text belongs to: as declared in plan.properties (its name defaulting to the
     * document title); for a bare file the plan already stored under its code, or one named after
     * the title.
     */
    public Plan plan(Outline outline, Optional<Plan> stored) {
        String title = outline.title().isBlank() ? stem(document) : outline.title().strip();
        if (declared != null) {
            return declared.name().isBlank() ? new Plan(code, title, declared.level(), declared.region(),
                    declared.periodFrom(), declared.periodTo()) : declared;
        }
        if (stored.isPresent()) {
            return stored.get();
        }
        Matcher period = PERIOD.matcher(title);
        int from = period.find() ? Integer.parseInt(period.group(1)) : 0;
        int to = from > 0 ? Integer.parseInt(period.group(2)) : 0;
        return new Plan(code, title, levelOf(title), "", from, to);
    }

    private static PlanLevel levelOf(String title) {
        if (title.contains("详细规划")) {
            return PlanLevel.DETAILED_UNIT;
        }
        if (title.matches(".*[乡镇](国土空间)?总体规划.*")) {
            return PlanLevel.TOWNSHIP;
        }
        return PlanLevel.COUNTY;
    }

    private static PlanSource bareFile(Path file) {
        String code = Normalizer.normalize(stem(file), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}_]+", "-").replaceAll("^-+|-+$", "");
        if (code.length() > 100) {
            code = code.substring(0, 100);
        }
        return new PlanSource(code.isEmpty() ? "plan" : code, null, file);
    }

    private static PlanSource folder(Path dir) throws InputRejectedException {
        Path file = dir.resolve(PROPERTIES);
        String where = name(dir) + "/" + PROPERTIES;
        if (!Files.isRegularFile(file)) {
            throw new InputRejectedException(name(dir), "文件夹中没有 " + PROPERTIES + "，请导入规划文件本身，或在文件夹中写明 code= 与 document=");
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new InputRejectedException(where, "无法读取（应为 UTF-8 编码的属性文件）: " + e.getMessage(), e);
        }
        String code = required(p, "code", where);
        String documentName = required(p, "document", where);
        Path document = dir.resolve(documentName).normalize();
        if (!document.startsWith(dir.normalize())) {
            throw new InputRejectedException(where, "document=" + documentName + " 指向文件夹之外，请写文件夹内的文件名");
        }
        Plan plan = new Plan(code, p.getProperty("name", "").strip(), level(p, where), p.getProperty("region", ""),
                year(p, "periodFrom", where), year(p, "periodTo", where));
        return new PlanSource(code, plan, document);
    }

    private static String required(Properties p, String key, String where) throws InputRejectedException {
        String value = p.getProperty(key, "").strip();
        if (value.isEmpty()) {
            throw new InputRejectedException(where, "缺少 " + key + "=，请补上后重试");
        }
        return value;
    }

    private static PlanLevel level(Properties p, String where) throws InputRejectedException {
        String value = p.getProperty("level", "COUNTY").strip();
        try {
            return PlanLevel.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InputRejectedException(where, "level=" + value + " 无效，可选 " + Arrays.toString(PlanLevel.values()));
        }
    }

    private static int year(Properties p, String key, String where) throws InputRejectedException {
        String value = p.getProperty(key, "").strip();
        if (value.isEmpty()) {
            return 0;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new InputRejectedException(where, key + "=" + value + " 不是年份");
        }
    }

    private static String stem(Path file) {
        String name = name(file);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String name(Path path) {
        Path fileName = path.toAbsolutePath().normalize().getFileName();
        return fileName == null ? path.toString() : fileName.toString();
    }
}
