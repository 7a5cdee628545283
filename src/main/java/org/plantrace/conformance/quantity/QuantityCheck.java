package org.plantrace.conformance.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plantrace.conformance.Figures;
import org.plantrace.conformance.Judgement;
import org.plantrace.conformance.TownshipText;
import org.plantrace.conformance.Verdict;
import org.plantrace.extract.indicator.Indicator;
import org.plantrace.extract.indicator.IndicatorExtractor;
import org.plantrace.transmission.ChecklistItem;
import org.plantrace.transmission.QuantityTarget;
import org.plantrace.transmission.RuleBasedChecklists;

/**
 * Judges a checklist item that binds a quantity: the township sentences naming it
 * ({@code indicators.tsv}), the figure nearest after the name with a unit of the same base, compared
 * by {@link QuantityComparison}. Several sentences: a 不符合 figure anywhere stands (the plan states a
 * wrong figure), else a 符合 one, else 需人工判定. The county side is the checklist's structured
 * {@link QuantityTarget}, never the county text read again; only the target year, which the target
 * does not hold, is read from the requirement (至2035年).
 */
public final class QuantityCheck {
    public static final String RULE = "quantity";
    private static final Pattern YEAR = Pattern.compile("(?:至|到)(\\d{4})年");

    private final UnitTable units;
    private final ScopeTable scopes;
    private final IndicatorKeys keys;
    private final QuantityComparison comparison;
    private final IndicatorExtractor extractor;

    public QuantityCheck(UnitTable units, ScopeTable scopes, IndicatorKeys keys, IndicatorExtractor extractor) {
        this.units = units;
        this.scopes = scopes;
        this.keys = keys;
        this.comparison = new QuantityComparison(units);
        this.extractor = extractor;
    }

    /** True when the item binds a figure this check can compare. */
    public boolean applies(ChecklistItem item) {
        QuantityTarget t = item.target();
        return t != null && t.value() != null && t.op() != null && units.of(t.unit()).isPresent();
    }

    /**
     * Judges the item; for an estimate measured on illustrative layers (示意测算, issue #14.2) the
     * comparison is stated but never decides against the township: the county plan bound no such
     * township figure, so a difference or an omission is left to the reviewer (需人工判定).
     */
    public Judgement judge(ChecklistItem item, TownshipText text) {
        Judgement j = compare(item, text);
        if (!item.estimate() || j.verdict() == Verdict.MET || j.verdict() == Verdict.UNCLEAR) {
            return j;
        }
        return new Judgement(Verdict.UNCLEAR, j.evidence(), j.reason() + "；该值为示意测算，非规划下达指标，需人工判定", RULE, j.figures());
    }

    private Judgement compare(ChecklistItem item, TownshipText text) {
        QuantityTarget t = item.target();
        Statement county = county(item);
        IndicatorKeys.Key key = keys.of(t.name());
        List<TownshipText.Sentence> named = text.matching(key.township());
        String note = RuleBasedChecklists.ILLUSTRATIVE_BASIS.equals(t.basis()) ? "（下达值由示意图层叠加分解，为示意数据，仅供参考）" : "";
        String assigned = county.text() + (note.isEmpty() ? "" : "（示意）");
        if (named.isEmpty()) {
            return Judgement.of(Verdict.MISSING, List.of(), "乡镇规划未写明" + key.label() + "（下达值 " + county.text() + "）" + note, RULE)
                    .with(new Figures(key.label(), assigned, "", "", "乡镇规划未写明"));
        }
        Judgement met = null;
        Judgement unclear = null;
        for (TownshipText.Sentence s : named) {
            Statement township = township(s.text(), key.township(), county.unit());
            if (township == null) {
                continue;
            }
            QuantityComparison.Outcome o = comparison.compare(township, county);
            Judgement j = Judgement.of(o.verdict(), List.of(s), key.label() + "：" + o.reason() + note, RULE)
                    .with(new Figures(key.label(), assigned, township.text(), o.converted(), o.comparison()));
            if (o.verdict() == Verdict.VIOLATED) {
                return j;
            }
            if (o.verdict() == Verdict.MET && met == null) {
                met = j;
            } else if (unclear == null && o.verdict() == Verdict.UNCLEAR) {
                unclear = j;
            }
        }
        if (met != null) {
            return met;
        }
        if (unclear != null) {
            return unclear;
        }
        return Judgement.of(Verdict.PARTIAL, named.subList(0, 1), "写到了" + key.label() + "，但未写明数值（下达值 " + county.text() + "）" + note,
                RULE).with(new Figures(key.label(), assigned, "", "", "写到了指标但未写明数值"));
    }

    private Statement county(ChecklistItem item) {
        QuantityTarget t = item.target();
        Matcher y = YEAR.matcher(item.requirement());
        Integer year = y.find() ? Integer.valueOf(y.group(1)) : null;
        int at = item.requirement().indexOf(t.value().toPlainString());
        String scope = scopes.scopeBefore(item.requirement(), at < 0 ? item.requirement().length() : at);
        return new Statement(t.op(), t.value(), t.valueMax(), t.unit(), year, scope);
    }

    /** The figure of {@code sentence} nearest after the key whose unit converts to the county's, or null. */
    private Statement township(String sentence, Pattern key, String countyUnit) {
        Matcher m = key.matcher(sentence);
        int keyAt = m.find() ? m.start() : 0;
        List<Indicator> candidates = new ArrayList<>();
        for (Indicator i : extractor.extract(sentence)) {
            if (units.comparable(i.unit(), countyUnit)) {
                candidates.add(i);
            }
        }
        Indicator best = null;
        for (Indicator i : candidates) {
            if (i.span().start() >= keyAt && (best == null || i.span().start() < best.span().start())) {
                best = i;
            }
        }
        if (best == null && !candidates.isEmpty()) {
            best = candidates.get(candidates.size() - 1);
        }
        if (best == null) {
            return null;
        }
        String scope = scopes.scopeBefore(sentence, best.span().start());
        return new Statement(best.op().symbol(), best.value(), best.valueMax(), best.unit(), best.year(), scope);
    }
}
