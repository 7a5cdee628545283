package org.plantrace.extract.lint.numeric;

import java.util.ArrayList;
import java.util.List;
import org.plantrace.domain.clause.ClauseKind;
import org.plantrace.domain.message.Message;
import org.plantrace.extract.indicator.Indicator;
import org.plantrace.extract.lint.Finding;
import org.plantrace.extract.lint.LintRule;
import org.plantrace.extract.lint.Severity;

/**
 * NUM006: the text's own statement of an indicator against the plan's indicator table (规划指标表):
 * 全县耕地保有量不低于73.39万亩 in an article and the table's 耕地保有量 row, 目标年（2035年） column.
 * A statement and a table cell are the same indicator by NUM005's test (normalized name, unit, year);
 * a statement without a year is the target-year figure, so it is compared with the table's last
 * year column (a plan does not repeat 至2035年 for every target, and the 近期 column is another
 * figure). Values agree when their rounding ranges meet, so 16.5 and 16.46 are not a conflict but
 * 72.50 and 73.39 are; the comparator does not matter (不低于 73.39 states the table's 73.39).
 * A disagreement is a warning pinned to the text's statement, naming the table's row and column.
 */
public final class TableAgreementRule implements LintRule {
    public static final String ID = "NUM006";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(List<org.plantrace.domain.clause.Clause> forest) {
        List<Stated> table = new ArrayList<>();
        List<Stated> text = new ArrayList<>();
        for (Stated s : Figures.all(forest)) {
            if (s.indicator().normalized() == null || s.indicator().isShare() && !fromTable(s)) {
                continue;
            }
            (fromTable(s) ? table : text).add(s);
        }
        List<Finding> out = new ArrayList<>();
        List<Message> consistent = new ArrayList<>();
        int inconsistent = 0;
        for (Stated s : text) {
            Stated row = match(s, table);
            if (row == null) {
                continue;
            }
            if (agree(s.indicator(), row.indicator())) {
                consistent.add(Message.of("lint.named.at", s.indicator().name() + " " + s.written(), s.place()));
            } else {
                inconsistent++;
                out.add(new Finding(ID, Severity.WARNING, s.clause().eId(), s.where(), Message.of("lint.table.differ",
                        s.indicator().name(), s.written(), row.place(), row.indicator().name(), row.indicator().year(),
                        row.written())));
            }
        }
        out.add(Figures.summary(ID, Message.of("lint.table.what"), consistent, inconsistent, 0));
        return out;
    }

    static boolean fromTable(Stated s) {
        return s.clause().kind() == ClauseKind.TABLE;
    }

    /** The table cell stating the same indicator: same year, else (no year in the text) the last year. */
    private static Stated match(Stated s, List<Stated> table) {
        Integer year = s.indicator().year();
        Stated best = null;
        for (Stated t : table) {
            if (!sameIndicator(s.indicator(), t.indicator())) {
                continue;
            }
            if (year != null) {
                if (year.equals(t.indicator().year())) {
                    return t;
                }
            } else if (best == null || t.indicator().year() > best.indicator().year()) {
                best = t;
            }
        }
        return best;
    }

    private static boolean sameIndicator(Indicator text, Indicator cell) {
        if (!text.normalized().unit().equals(cell.normalized().unit()) || cell.year() == null) {
            return false;
        }
        String a = RepeatedIndicatorRule.key(text.name());
        String b = RepeatedIndicatorRule.key(cell.name());
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return a.equals(b) || (shorter.length() >= RepeatedIndicatorRule.MIN_PREFIX && longer.startsWith(shorter));
    }

    /** The two written figures' rounding ranges, in the normalized unit, meet. */
    private static boolean agree(Indicator a, Indicator b) {
        return range(a).overlaps(range(b));
    }

    private static Interval range(Indicator i) {
        if (i.value().signum() == 0) {
            return new Interval(0, 0);
        }
        double factor = i.normalized().value().doubleValue() / i.value().doubleValue();
        return Interval.ofWritten(i.value().abs()).times(Math.abs(factor));
    }
}
