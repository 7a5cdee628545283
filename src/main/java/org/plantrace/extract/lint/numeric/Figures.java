package org.plantrace.extract.lint.numeric;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.domain.message.Message;
import org.plantrace.extract.indicator.Indicator;
import org.plantrace.extract.indicator.IndicatorExtractor;
import org.plantrace.extract.lint.Finding;
import org.plantrace.extract.lint.Severity;

/** Shared helpers of the numeric rules: the plan's stated figures, units, and the summary line. */
final class Figures {
    /** The normalized area unit of the indicator rules (平方千米, 万亩 … all become 公顷). */
    static final String HECTARE = "公顷";
    private static final IndicatorExtractor EXTRACTOR = new IndicatorExtractor();

    private Figures() {
    }

    /** Every indicator of every clause, in document order. */
    static List<Stated> all(List<Clause> forest) {
        List<Stated> out = new ArrayList<>();
        for (Clause c : ClauseTree.flatten(forest)) {
            List<Indicator> is = EXTRACTOR.extract(c);
            for (int i = 0; i < is.size(); i++) {
                out.add(new Stated(c, is, i));
            }
        }
        return out;
    }

    /** True for a single area value (not a range, not a share, not per-person like 平方米/人). */
    static boolean isArea(Indicator i) {
        return i.normalized() != null && HECTARE.equals(i.normalized().unit()) && i.valueMax() == null && !i.isShare();
    }

    /**
     * The range an area stated in any unit stands for, in km²: the written value's rounding range
     * times the unit's factor (16.46平方千米 → [16.455, 16.465]; 63.25万亩 → its range × 1/1500).
     */
    static Interval areaKm2(Indicator i) {
        double factor = i.normalized().value().doubleValue() / i.value().doubleValue() / 100.0;
        return Interval.ofWritten(i.value()).times(factor);
    }

    /** A share in percent, as a range of fractions: 27.37% → [0.27365, 0.27375]. */
    static Interval fraction(Indicator percent) {
        return Interval.ofWritten(percent.value()).times(0.01);
    }

    static String fixed(double v, int decimals) {
        return BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }

    /**
     * The per-rule summary, not pinned to a clause: how many checks agreed, disagreed, could not be
     * made. Consistent checks appear only here (one line a rule, not one finding each), so the list
     * a drafter reads holds what needs action, yet a silent rule is never mistaken for one that ran
     * on nothing.
     */
    static Finding summary(String rule, Message what, List<Message> consistent, int inconsistent, int noData) {
        Message text = Message.of("lint.summary", consistent.size() + inconsistent + noData, what, consistent.size(),
                inconsistent, noData, consistent.isEmpty() ? Message.of("common.empty")
                        : Message.of("lint.summary.consistent", List.copyOf(consistent)));
        if (consistent.size() + inconsistent + noData == 0) {
            text = Message.of("lint.summary.none", what);
        }
        return new Finding(rule, Severity.INFO, null, Message.of("lint.wholePlan"), text);
    }

    /** One consistent check for the summary: where, then what. */
    static Message consistent(Message place, Object what) {
        return Message.of("lint.item", place, what);
    }
}
