package org.plantrace.transmission;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The derivation rules and categories, read from a templates folder's {@code transmission/}
 * subfolder: {@value #RULES} (one rule a row, tried in order) and {@value #CATEGORIES} (the
 * categories in the order checklists list them). A broken row is refused with a Chinese message
 * naming the file and line; nothing is half-loaded.
 */
public final class DerivationRules {
    public static final String FOLDER = "transmission";
    public static final String RULES = "rules.tsv";
    public static final String CATEGORIES = "categories.tsv";
    private static final long MAX_BYTES = 1 << 20;
    private static final int COLUMNS = 11;

    private final List<DerivationRule> rules;
    private final Map<String, Integer> categoryOrder;

    public DerivationRules(List<DerivationRule> rules, List<String> categories) {
        this.rules = List.copyOf(rules);
        Map<String, Integer> order = new LinkedHashMap<>();
        for (String c : categories) {
            order.putIfAbsent(c, order.size());
        }
        this.categoryOrder = Map.copyOf(order);
    }

    public List<DerivationRule> rules() {
        return rules;
    }

    /** The category's place in checklists; unknown categories (none after loading) go last. */
    public int categoryRank(String category) {
        return categoryOrder.getOrDefault(category, Integer.MAX_VALUE);
    }

    public List<String> categories() {
        return categoryOrder.entrySet().stream().sorted(Map.Entry.comparingByValue()).map(Map.Entry::getKey).toList();
    }

    /** Reads {@code <templates>/transmission/}. */
    public static DerivationRules read(Path templates) {
        Path folder = templates.resolve(FOLDER);
        List<String> categories = new ArrayList<>();
        Path catFile = folder.resolve(CATEGORIES);
        int lineNo = 0;
        for (String line : lines(catFile)) {
            lineNo++;
            if (skip(line)) {
                continue;
            }
            String label = line.split("\t", -1)[0].strip();
            if (label.isEmpty()) {
                throw new RuleFileException(catFile, lineNo, "类别名称为空");
            }
            categories.add(label);
        }
        Path ruleFile = folder.resolve(RULES);
        List<DerivationRule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        lineNo = 0;
        boolean header = true;
        for (String line : lines(ruleFile)) {
            lineNo++;
            if (skip(line)) {
                continue;
            }
            if (header) { // the first non-comment row names the columns
                header = false;
                continue;
            }
            DerivationRule r = parse(line, ruleFile, lineNo);
            if (!ids.add(r.id())) {
                throw new RuleFileException(ruleFile, lineNo, "规则编号 " + r.id() + " 重复");
            }
            if (!categories.contains(r.category())) {
                throw new RuleFileException(ruleFile, lineNo, "类别“" + r.category() + "”不在 " + CATEGORIES + " 中，请先在那里添加");
            }
            rules.add(r);
        }
        if (rules.isEmpty()) {
            throw new RuleFileException(ruleFile, 0, "没有任何规则");
        }
        return new DerivationRules(rules, categories);
    }

    private static DerivationRule parse(String line, Path file, int lineNo) {
        String[] c = line.split("\t", -1);
        if (c.length != COLUMNS) {
            throw new RuleFileException(file, lineNo, "应有 " + COLUMNS + " 列（以制表符分隔），实有 " + c.length + " 列");
        }
        for (int i = 0; i < c.length; i++) {
            c[i] = c[i].strip();
        }
        try {
            String id = c[0];
            if (!id.matches("[a-z][a-z0-9-]*")) {
                throw new IllegalArgumentException("规则编号应为小写字母、数字和连字符，而不是“" + id + "”");
            }
            if (c[1].length() != 1 || "abcdef".indexOf(c[1].charAt(0)) < 0) {
                throw new IllegalArgumentException("类型应为 a–f 之一，而不是“" + c[1] + "”");
            }
            TargetKind target = switch (c[2]) {
                case "township" -> TargetKind.TOWNSHIP;
                case "unit" -> TargetKind.UNIT;
                default -> throw new IllegalArgumentException("对象应为 township 或 unit，而不是“" + c[2] + "”");
            };
            Pattern trigger = regex(c[4], "trigger");
            Pattern within = c[5].equals("-") || c[5].isEmpty() ? null : regex(c[5], "within");
            DerivationRule.Cut cut = enumValue(DerivationRule.Cut.class, c[6], "cut");
            String scopeCell = c[7];
            String scopeArg = null;
            if (scopeCell.startsWith("overlap:")) {
                scopeArg = scopeCell.substring("overlap:".length()).strip();
                scopeCell = "overlap";
                if (scopeArg.isEmpty()) {
                    throw new IllegalArgumentException("overlap: 之后应写图层或要素名称");
                }
            }
            DerivationRule.Scope scope = enumValue(DerivationRule.Scope.class, scopeCell.replace('+', '_').replace("_rest", "_and_rest"), "scope");
            boolean unitScope = scope == DerivationRule.Scope.ALL_UNITS || scope == DerivationRule.Scope.OVERLAP;
            if (unitScope != (target == TargetKind.UNIT)) {
                throw new IllegalArgumentException("范围 " + c[7] + " 与对象 " + c[2] + " 不相符");
            }
            QuantitySpec quantity = QuantitySpec.parse(c[8]);
            if ((cut == DerivationRule.Cut.OVERLAY) != (quantity.kind() == QuantitySpec.Kind.OVERLAY)) {
                throw new IllegalArgumentException("cut=overlay 与 quantity=overlay:… 必须同时使用");
            }
            if (cut == DerivationRule.Cut.OVERLAY && (scope == DerivationRule.Scope.NAMED || scope == DerivationRule.Scope.NAMED_AND_REST)) {
                throw new IllegalArgumentException("overlay 规则的范围应为 all、towns、all-units 或 overlap:…");
            }
            if (cut == DerivationRule.Cut.TABLE_ROW && scope != DerivationRule.Scope.NAMED) {
                throw new IllegalArgumentException("table-row 规则的范围应为 named：表格的一行只约束它点名的乡镇");
            }
            String template = c[9].equals("-") || c[9].isEmpty() ? null : c[9];
            if (cut == DerivationRule.Cut.OVERLAY && template == null) {
                throw new IllegalArgumentException("overlay 规则需要 template 列（可用 {area}、{layer}）");
            }
            return new DerivationRule(id, c[1].charAt(0), target, c[3], trigger, within, cut, scope, scopeArg,
                    quantity, template, c[10]);
        } catch (IllegalArgumentException e) {
            throw new RuleFileException(file, lineNo, e.getMessage());
        }
    }

    private static Pattern regex(String cell, String column) {
        if (cell.isEmpty() || cell.equals("-")) {
            throw new IllegalArgumentException(column + " 列不能为空");
        }
        try {
            return Pattern.compile(cell);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(column + " 列的正则表达式有误：" + e.getDescription() + "（" + cell + "）");
        }
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String cell, String column) {
        try {
            return Enum.valueOf(type, cell.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(column + " 列的取值“" + cell + "”无效");
        }
    }

    private static boolean skip(String line) {
        String s = line.strip();
        return s.isEmpty() || s.startsWith("#");
    }

    private static List<String> lines(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                throw new RuleFileException(file, 0, "文件不存在；请检查 -Dplantrace.templates 指向的模板目录");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new RuleFileException(file, 0, "文件过大（超过 1 MB），不像规则表");
            }
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return text.lines().toList();
        } catch (CharacterCodingException e) {
            throw new RuleFileException(file, 0, "不是 UTF-8 编码；请另存为 UTF-8");
        } catch (IOException e) {
            throw new RuleFileException(file, 0, "无法读取：" + e.getMessage());
        }
    }
}
