package org.plantrace.extract.lint.numeric;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.message.Message;
import org.plantrace.extract.indicator.Indicator;
import org.plantrace.extract.lint.Finding;
import org.plantrace.extract.lint.LintRule;
import org.plantrace.extract.lint.Severity;

/**
 * NUM004: population arithmetic inside one clause. Where a clause states, for one year, the
 * resident population (常住人口 / 总人口), the urban population (城镇人口) and the urbanization rate
 * (城镇化率), the rate must be urban ÷ total. Every figure is a range as written ("约20万人" is
 * [19.5, 20.5] 万人; 42.58% is [42.575%, 42.585%]); the quotient range and the stated rate's range
 * must meet. A year is the target year (至2035年) or else the status year (2020年).
 *
 * <p>A rate with only one of the two counts beside it is "no data" (info); a clause with a rate
 * and no counts (常住人口城镇化率达到65% in the goals) is not an arithmetic statement and is left to
 * NUM005, which compares it with the other statements of the same rate.
 *
 * <p>Also the town size structure ({@link TownScales}): the tiers' populations added up against the
 * urban population of the target year (see {@code townScales}).
 */
public final class PopulationRule implements LintRule {
    public static final String ID = "NUM004";
    private static final String PERSONS = "人";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(List<Clause> forest) {
        Map<String, Triple> triples = new LinkedHashMap<>();
        for (Stated s : Figures.all(forest)) {
            Indicator i = s.indicator();
            Integer year = i.year() != null ? i.year() : i.baseYear();
            if (year == null || i.valueMax() != null || i.normalized() == null) {
                continue;
            }
            Triple t = triples.computeIfAbsent(s.clause().eId() + "@" + year, k -> new Triple(year));
            boolean counts = PERSONS.equals(i.normalized().unit());
            if (i.name().contains("城镇化率") && i.unit().matches("[%％]")) {
                t.rate = s;
            } else if (counts && i.name().contains("城镇人口")) {
                t.urban = s;
            } else if (counts && (i.name().contains("常住人口") || i.name().contains("总人口"))) {
                t.total = s;
            }
        }
        List<Finding> out = new ArrayList<>();
        List<Message> consistent = new ArrayList<>();
        int inconsistent = 0;
        int noData = 0;
        for (Triple t : triples.values()) {
            if (t.rate == null) {
                continue;
            }
            if (t.urban == null && t.total == null) {
                continue;
            }
            if (t.urban == null || t.total == null) {
                noData++;
                out.add(new Finding(ID, Severity.INFO, t.rate.clause().eId(), t.rate.where(), Message.of(t.urban == null
                        ? "lint.population.noUrban" : "lint.population.noTotal", t.year, t.rate.written())));
                continue;
            }
            // the counts' rounding is that of the written figure (万人), not of the normalized person count
            Interval ratio = range(t.urban).dividedBy(range(t.total)).times(100);
            Interval rate = Interval.ofWritten(t.rate.indicator().value());
            Message figures = Message.of("lint.population.figures", t.year, t.urban.written(), t.total.written(),
                    Figures.fixed(central(t), 2), ratio.format(2), t.rate.written());
            if (ratio.overlaps(rate)) {
                consistent.add(Figures.consistent(t.rate.place(), figures));
            } else {
                inconsistent++;
                out.add(new Finding(ID, Severity.ERROR, t.rate.clause().eId(), t.rate.where(),
                        Message.of("lint.population.outside", figures)));
            }
        }
        inconsistent += townScales(forest, triples.values(), out, consistent);
        out.add(Figures.summary(ID, Message.of("lint.population.what"), consistent, inconsistent, noData));
        return out;
    }

    private static double central(Triple t) {
        return t.urban.indicator().normalized().value().doubleValue() / t.total.indicator().normalized().value().doubleValue()
                * 100;
    }

    /**
     * The town size tiers against the urban population of the plan's target year (the tiers carry
     * no year of their own; they describe the plan's end state). Town sizes are, as usual in a
     * 城镇等级规模结构, the population of each town's built-up area, i.e. urban population; so the tiers'
     * total should meet the urban population's range. A warning, not an error, because a plan may
     * mean the whole township's population. Returns the number of inconsistencies added.
     */
    private static int townScales(List<Clause> forest, java.util.Collection<Triple> triples, List<Finding> out,
            List<Message> consistent) {
        Stated urban = null;
        for (Triple t : triples) {
            if (t.urban != null && t.urban.indicator().year() != null
                    && (urban == null || t.urban.indicator().year() > urban.indicator().year())) {
                urban = t.urban;
            }
        }
        if (urban == null) {
            return 0;
        }
        int inconsistent = 0;
        Map<Clause, List<Stated>> byClause = new LinkedHashMap<>();
        for (Stated s : Figures.all(forest)) {
            byClause.computeIfAbsent(s.clause(), k -> new ArrayList<>()).add(s);
        }
        for (Map.Entry<Clause, List<Stated>> e : byClause.entrySet()) {
            List<TownScales.Tier> tiers = TownScales.of(e.getKey(), e.getValue());
            if (tiers.isEmpty()) {
                continue;
            }
            Interval total = TownScales.total(tiers);
            Interval urbanRange = range(urban);
            Stated first = tiers.get(0).stated();
            // the tiers' unit is the written one (万人 in practice); the rounding range is shown in 万人 too
            Message figures = Message.of("lint.townScales.figures", TownScales.describe(tiers), TownScales.plain(tiers),
                    first.indicator().unit(), Figures.fixed(total.low() / 1e4, 2), Figures.fixed(total.high() / 1e4, 2),
                    urban.place(), urban.indicator().year(), urban.written());
            if (total.overlaps(urbanRange)) {
                consistent.add(Figures.consistent(first.place(), figures));
            } else {
                inconsistent++;
                out.add(new Finding(ID, Severity.WARNING, first.clause().eId(), first.where(),
                        Message.of("lint.townScales.differ", figures)));
            }
        }
        return inconsistent;
    }

    /** A count's range as written, in persons: 10.12万人 → [10.115, 10.125] × 10⁴. */
    private static Interval range(Stated s) {
        Indicator i = s.indicator();
        return Interval.ofWritten(i.value()).times(i.normalized().value().doubleValue() / i.value().doubleValue());
    }

    private static final class Triple {
        final int year;
        Stated total;
        Stated urban;
        Stated rate;

        Triple(int year) {
            this.year = year;
        }
    }
}
