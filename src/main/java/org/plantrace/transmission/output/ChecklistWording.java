package org.plantrace.transmission.output;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.plantrace.transmission.Checklist;
import org.plantrace.transmission.ChecklistItem;
import org.plantrace.transmission.QuantityTarget;
import org.plantrace.transmission.SourceClause;

/**
 * The words every output uses for the same thing, so that the page, the Word file and the PDF say
 * it alike: the binding level, a quantity, a source clause, the cover lines. Also the checklist's
 * plain text, line by line, which the PDF prints and its test extracts again.
 */
public final class ChecklistWording {
    /** Dates are the county's local dates. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日").withZone(ZONE);

    public static final String MANDATORY = "强制性";
    public static final String GUIDANCE = "指导性";
    /** The label of a figure measured on illustrative layers: not a requirement (issue #14.2). */
    public static final String ESTIMATE = "示意测算";
    /** Printed under the cover of every output: where the list comes from and what is illustrative. */
    public static final String NOTE = "本清单由 PlanTrace 按传导规则从县级国土空间总体规划条文派生。"
            + "“强制性”条目来自下划线标示或确认为强制性的条文；来源条款列出条款标题和编号，可在 PlanTrace 中查阅原文。"
            + "“示意测算”一节中的面积为示意图层叠加结果，非规划下达指标，不作为审查依据。";

    private ChecklistWording() {
    }

    public static String title(Checklist c) {
        return c.target().name() + "传导清单";
    }

    public static String binding(ChecklistItem item) {
        return item.estimate() ? ESTIMATE : item.mandatory() ? MANDATORY : GUIDANCE;
    }

    public static String planLine(Checklist c) {
        return "依据规划：" + nonNull(c.planTitle(), c.planCode());
    }

    public static String versionLine(Checklist c) {
        return "规划版本：第 " + c.planVersion() + " 版";
    }

    public static String dateLine(Checklist c) {
        return "生成日期：" + (c.generatedAt() == null ? "" : DATE.format(c.generatedAt()));
    }

    public static String targetLine(Checklist c) {
        return "传导对象：" + c.target().name() + "（" + c.target().kind().label() + "）";
    }

    public static String countLine(Checklist c) {
        long mandatory = c.requirements().stream().filter(ChecklistItem::mandatory).count();
        int estimates = c.estimates().size();
        return "共 " + c.requirements().size() + " 项，其中强制性 " + mandatory + " 项"
                + (estimates == 0 ? "" : "；另列示意测算 " + estimates + " 项（非规划下达指标）");
    }

    /** The notes to the reader (a missing layer), each as a "说明：" line; they are not items. */
    public static List<String> notes(Checklist c) {
        return c.notes().stream().map(n -> "说明：" + n).toList();
    }

    /** {@code 永久基本农田 ≥ 1.23 万亩（示意图层叠加）}, or "" when the item binds no number. */
    public static String target(QuantityTarget t) {
        if (t == null) {
            return "";
        }
        StringBuilder s = new StringBuilder();
        if (t.name() != null && !t.name().isBlank()) {
            s.append(t.name().strip()).append(' ');
        }
        String op = t.op() == null ? "" : t.op().strip();
        String value = number(t.value());
        switch (op) {
            case ">=" -> s.append("≥ ").append(value);
            case "<=" -> s.append("≤ ").append(value);
            case ">" -> s.append("> ").append(value);
            case "<" -> s.append("< ").append(value);
            case "≈" -> s.append("约 ").append(value);
            case "range" -> s.append(value).append("—").append(number(t.valueMax()));
            case "=", "" -> s.append(value);
            default -> s.append(op).append(' ').append(value);
        }
        if (t.unit() != null && !t.unit().isBlank()) {
            s.append(' ').append(t.unit().strip());
        }
        if (t.basis() != null && !t.basis().isBlank()) {
            s.append("（").append(t.basis().strip()).append("）");
        }
        return s.toString().strip();
    }

    /**
     * How a source clause is cited for people: 第十六条 划定城镇开发边界（第三章第一节）; a source
     * without a citation (an old stored list) falls back to its heading and path id.
     */
    public static String source(SourceClause s) {
        if (!s.citation().isBlank()) {
            return s.citation();
        }
        String heading = s.heading() == null || s.heading().isBlank() ? "（无标题）" : s.heading().strip();
        return s.id() == null || s.id().isBlank() ? heading : heading + "（" + s.id() + "）";
    }

    public static String sources(ChecklistItem item) {
        return item.sourceClauses().stream().map(ChecklistWording::source).collect(Collectors.joining("；"));
    }

    /**
     * The checklist as lines of text, in the order the PDF prints them: title, cover lines, then per
     * category its heading and per item its number, binding, requirement, quantity, sources and rule.
     */
    public static List<String> lines(Checklist c) {
        List<String> out = new ArrayList<>(cover(c));
        out.add(NOTE);
        out.addAll(notes(c));
        for (ChecklistSections.Section section : ChecklistSections.of(c)) {
            out.add(section.category());
            int n = section.firstNumber();
            for (ChecklistItem item : section.items()) {
                out.addAll(itemLines(n++, item));
            }
        }
        return out;
    }

    static List<String> cover(Checklist c) {
        return List.of(title(c), targetLine(c), planLine(c), versionLine(c), dateLine(c), countLine(c));
    }

    static List<String> itemLines(int number, ChecklistItem item) {
        List<String> out = new ArrayList<>();
        out.add(number + ". 【" + binding(item) + "】" + nonNull(item.requirement(), ""));
        String target = target(item.target());
        if (!target.isEmpty()) {
            out.add("指标：" + target);
        }
        if (!item.sourceClauses().isEmpty()) {
            out.add("来源：" + sources(item));
        }
        out.add("规则：" + nonNull(item.rule(), ""));
        return out;
    }

    static String number(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    private static String nonNull(String s, String fallback) {
        return s == null || s.isBlank() ? (fallback == null ? "" : fallback) : s.strip();
    }
}
