package org.plantrace.extract.lint.numeric;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.domain.message.Message;
import org.plantrace.extract.lint.Finding;
import org.plantrace.extract.lint.LintRule;
import org.plantrace.extract.lint.Severity;

/**
 * NUM002: a stated total area (…总面积 X) against the parts the plan lists for it. The parts are
 * the areas after the total in its own clause when "其中" introduces them (总面积63.34公顷，其中核心保护范围
 * 30.13公顷，建设控制地带33.21公顷), else the areas in the clause's sub-clauses (自然保护地总面积 and the
 * 自然保护区 / 自然公园 / 风景名胜区 items below it). A total with neither is not a sum statement.
 *
 * <p>Sum and total are ranges (each written figure ± half its last digit); they agree when the
 * ranges meet. Agreement is reported too, as info pinned to the total: parts adding up exactly is
 * itself worth a look, because areas such as protected areas often overlap on the ground, and a
 * plain sum then counts the overlap twice. Disagreement is a warning, not an error: a list of
 * "主要的" parts may be incomplete, and overlapping parts legitimately sum to more than the total.
 */
public final class SumRule implements LintRule {
    public static final String ID = "NUM002";
    private static final String TOTAL = "总面积";
    private static final String AMONG = "其中";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(List<Clause> forest) {
        List<Stated> all = Figures.all(forest);
        List<Finding> out = new ArrayList<>();
        List<Message> consistent = new ArrayList<>();
        int inconsistent = 0;
        for (Stated total : all) {
            if (!Figures.isArea(total.indicator()) || !total.indicator().name().contains(TOTAL)) {
                continue;
            }
            List<Stated> parts = parts(total, all);
            if (parts.isEmpty()) {
                continue;
            }
            Interval sum = new Interval(0, 0);
            double plain = 0;
            for (Stated p : parts) {
                sum = sum.plus(Figures.areaKm2(p.indicator()));
                plain += Figures.areaKm2(p.indicator()).mid();
            }
            Interval stated = Figures.areaKm2(total.indicator());
            // messages speak the total's unit (公顷 for a heritage district, 平方千米 for protected areas)
            double perUnit = stated.mid() / total.indicator().value().doubleValue();
            String unit = total.indicator().unit();
            Message figures = Message.of("lint.sum.figures", total.written(), parts.size(), list(parts),
                    trim(plain / perUnit) + unit);
            if (sum.overlaps(stated)) {
                consistent.add(Figures.consistent(total.place(), total.indicator().name() + " " + total.written()));
                out.add(new Finding(ID, Severity.INFO, total.clause().eId(), total.where(),
                        Message.of("lint.sum.exact", figures)));
            } else {
                inconsistent++;
                Message why = plain > stated.mid()
                        ? Message.of("lint.sum.over", trim((plain - stated.mid()) / perUnit) + unit)
                        : Message.of("lint.sum.under", trim((stated.mid() - plain) / perUnit) + unit);
                out.add(new Finding(ID, Severity.WARNING, total.clause().eId(), total.where(),
                        Message.of("lint.sum.outside", figures, why)));
            }
        }
        out.add(Figures.summary(ID, Message.of("lint.sum.what"), consistent, inconsistent, 0));
        return out;
    }

    /** The areas after the total in its clause behind a 其中, else every area in its sub-clauses. */
    static List<Stated> parts(Stated total, List<Stated> all) {
        List<Stated> parts = new ArrayList<>();
        String text = total.clause().text();
        int end = total.indicator().span().end();
        for (Stated s : all) {
            if (s.clause() == total.clause() && s.index() > total.index() && Figures.isArea(s.indicator())
                    && text.substring(end, s.indicator().span().start()).contains(AMONG)) {
                parts.add(s);
            }
        }
        if (!parts.isEmpty()) {
            return parts;
        }
        Set<Clause> below = new HashSet<>(ClauseTree.flatten(total.clause().children()));
        for (Stated s : all) {
            if (below.contains(s.clause()) && Figures.isArea(s.indicator())) {
                parts.add(s);
            }
        }
        return parts;
    }

    private static String list(List<Stated> parts) {
        List<String> names = new ArrayList<>();
        for (Stated p : parts) {
            names.add(p.indicator().name().replace(TOTAL, "").replace("面积", "") + " " + p.written());
        }
        return String.join("、", names);
    }

    /** A sum without float noise: 392.2661, not 392.26610000000005. */
    static String trim(double v) {
        return new java.math.BigDecimal(Figures.fixed(v, 6)).stripTrailingZeros().toPlainString();
    }
}
