package org.plantrace.conformance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import org.plantrace.conformance.quantity.QuantityComparison;
import org.plantrace.conformance.quantity.ScopeTable;
import org.plantrace.conformance.quantity.Statement;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.extract.indicator.Indicator;
import org.plantrace.extract.indicator.IndicatorExtractor;

/**
 * Findings no checklist item asked for: a township sentence stating a figure for an indicator the
 * county states too, under the same name, contradicting it. Only rates and standards (units marked
 * intensive in {@code units.tsv}: %, 平方米/人, 年一遇 …) are compared — a township's area or head
 * count is a share of the county's total and cannot contradict it — and only county figures not
 * addressed to another level (中心城区…, {@code levels.tsv}). Only 不符合 is reported: agreement
 * beyond the checklist is not news.
 */
final class BeyondChecklist {
    static final String RULE = "beyond/quantity";
    static final String CATEGORY = "清单外";

    private record CountyFigure(Indicator indicator, Clause clause, String sentence) {
    }

    private final ReviewRules rules;
    private final IndicatorExtractor extractor;
    private final QuantityComparison comparison;
    private final Map<PlanVersion, Map<String, CountyFigure>> cache = new WeakHashMap<>();

    BeyondChecklist(ReviewRules rules, IndicatorExtractor extractor) {
        this.rules = rules;
        this.extractor = extractor;
        this.comparison = new QuantityComparison(rules.units());
    }

    /** @param covered path ids of the county clauses a checklist quantity came from: compared already */
    List<Finding> findings(PlanVersion county, TownshipText text, Set<String> covered) {
        Map<String, CountyFigure> figures = figures(county);
        org.plantrace.citation.Citations citations = org.plantrace.citation.Citations.of(county.clauses());
        List<Finding> out = new ArrayList<>();
        for (TownshipText.Sentence s : text.sentences()) {
            for (Indicator t : extractor.extract(s.text())) {
                CountyFigure c = figures.get(t.name());
                if (c == null || covered.contains(c.clause().eId()) || !rules.units().comparable(t.unit(), c.indicator().unit())) {
                    continue;
                }
                Indicator ci = c.indicator();
                Statement township = new Statement(t.op().symbol(), t.value(), t.valueMax(), t.unit(), t.year(), ScopeTable.WHOLE);
                Statement countyStatement = new Statement(ci.op().symbol(), ci.value(), ci.valueMax(), ci.unit(), ci.year(),
                        ScopeTable.WHOLE);
                QuantityComparison.Outcome o = comparison.compare(township, countyStatement);
                if (o.verdict() == Verdict.VIOLATED) {
                    boolean mandatory = c.clause().mandatory();
                    out.add(new Finding(Verdict.VIOLATED, CATEGORY, c.sentence(), mandatory, Finding.severityOf(Verdict.VIOLATED, mandatory),
                            List.of(new Finding.CountyCite(c.clause().uid(), c.clause().eId(), c.clause().text(),
                                    citations.cite(county.plan().name(), c.clause()))),
                            List.of(new Finding.TownshipCite(s.clause().eId(), s.clause().heading(), s.clause().text())), s.text(),
                            t.name() + "：" + o.reason() + "（清单未列此项，县级规划条款有此指标）", RULE,
                            new Figures(t.name(), countyStatement.text(), township.text(), o.converted(), o.comparison())));
                }
            }
        }
        return out;
    }

    private synchronized Map<String, CountyFigure> figures(PlanVersion county) {
        return cache.computeIfAbsent(county, v -> {
            Map<String, CountyFigure> out = new LinkedHashMap<>();
            for (Clause c : ConformanceReviewer.byPathId(v.clauses()).values()) {
                for (Indicator i : extractor.extract(c.text())) {
                    if (i.name().isBlank() || rules.units().of(i.unit()).map(u -> !u.intensive()).orElse(true)) {
                        continue;
                    }
                    String sentence = sentenceAt(c.text(), i.span().start());
                    String before = sentence.substring(0, Math.max(0, sentence.indexOf(i.value().toPlainString())));
                    String part = before.substring(Math.max(0, Math.max(before.lastIndexOf('，'), before.lastIndexOf('；')) + 1));
                    if (!rules.parts().forTownship(part, List.of()).isBlank()) {
                        out.putIfAbsent(i.name(), new CountyFigure(i, c, sentence));
                    }
                }
            }
            return out;
        });
    }

    private static String sentenceAt(String text, int at) {
        int start = Math.max(text.lastIndexOf('。', at - 1), text.lastIndexOf('；', at - 1)) + 1;
        int end = text.indexOf('。', at);
        return text.substring(Math.max(0, start), end < 0 ? text.length() : end + 1).strip();
    }
}
