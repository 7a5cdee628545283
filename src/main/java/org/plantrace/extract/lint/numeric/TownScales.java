package org.plantrace.extract.lint.numeric;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plantrace.domain.clause.Clause;
import org.plantrace.extract.indicator.Indicator;

/**
 * The town size structure (城镇等级规模结构) of a clause: tiers "一般乡镇14个，规划人口规模0.3—0.5万人",
 * each a count of towns times a population per town. Part of NUM004: the tiers together are the
 * county's towns, so their populations add up to its urban population. The count is the last "N个"
 * between the previous tier and this one (1 when none is written).
 */
final class TownScales {
    private static final Pattern COUNT = Pattern.compile("([0-9]+)个");
    private static final String SCALE = "人口规模";

    private TownScales() {
    }

    /** One clause's tiers, or an empty list when it has fewer than two (a single size is no structure). */
    static List<Tier> of(Clause clause, List<Stated> inClause) {
        List<Tier> tiers = new ArrayList<>();
        int from = 0;
        for (Stated s : inClause) {
            Indicator i = s.indicator();
            if (!i.name().contains(SCALE) || i.normalized() == null || !"人".equals(i.normalized().unit())) {
                continue;
            }
            Matcher m = COUNT.matcher(clause.text().substring(from, i.span().start()));
            int count = 1;
            while (m.find()) {
                count = Integer.parseInt(m.group(1));
            }
            tiers.add(new Tier(s, count));
            from = i.span().end();
        }
        return tiers.size() < 2 ? List.of() : tiers;
    }

    /** The tiers' total, in persons, as a range: each tier's range as written (约11万 is [10.5, 11.5]) × its count. */
    static Interval total(List<Tier> tiers) {
        Interval sum = new Interval(0, 0);
        for (Tier t : tiers) {
            Indicator i = t.stated.indicator();
            double factor = i.normalized().value().doubleValue() / i.value().doubleValue();
            Interval low = Interval.ofWritten(i.value());
            Interval high = i.valueMax() == null ? low : Interval.ofWritten(i.valueMax());
            sum = sum.plus(new Interval(low.low(), high.high()).times(factor * t.count));
        }
        return sum;
    }

    /** The tiers' total as written, without rounding: 11 + 0.5 + 14 × 0.3 = 15.7 to 11 + 1 + 14 × 0.5 = 19 (万人). */
    static String plain(List<Tier> tiers) {
        java.math.BigDecimal low = java.math.BigDecimal.ZERO;
        java.math.BigDecimal high = java.math.BigDecimal.ZERO;
        for (Tier t : tiers) {
            Indicator i = t.stated.indicator();
            java.math.BigDecimal n = java.math.BigDecimal.valueOf(t.count);
            low = low.add(i.value().multiply(n));
            high = high.add((i.valueMax() == null ? i.value() : i.valueMax()).multiply(n));
        }
        return low.stripTrailingZeros().toPlainString() + (high.compareTo(low) == 0 ? "" : "—" + high.stripTrailingZeros().toPlainString());
    }

    /** "约11万人×1 + 0.5—1万人×1 + 0.3—0.5万人×14" as the drafter reads it. */
    static String describe(List<Tier> tiers) {
        List<String> parts = new ArrayList<>();
        for (Tier t : tiers) {
            parts.add(t.stated.written() + "×" + t.count);
        }
        return String.join(" + ", parts);
    }

    record Tier(Stated stated, int count) {
    }
}
