package org.plantrace.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.link.FeatureTarget;
import org.plantrace.domain.link.IndicatorTarget;
import org.plantrace.domain.link.Link;
import org.plantrace.domain.plan.PlanVersion;

/**
 * {@link ClauseLinks} from the link store's effective links: the canonical names of the townships a
 * clause names (so 东方城乡 is found under 东坊城乡), its control lines, and its indicator names.
 * The links of a version are fetched once each time the version is indexed
 * ({@link #forVersion}), so a re-index after a drafter's decision sees the decision.
 */
public final class LinkFacts implements ClauseLinks {
    private final Function<PlanVersion, Map<String, List<Link>>> effectiveLinks;

    /** @param effectiveLinks a version's effective links by clause uid (e.g. {@code LinkService::effectiveLinks}) */
    public LinkFacts(Function<PlanVersion, Map<String, List<Link>>> effectiveLinks) {
        this.effectiveLinks = effectiveLinks;
    }

    @Override
    public Facts of(PlanVersion version, Clause clause) {
        return forVersion(version).apply(clause);
    }

    @Override
    public Function<Clause, Facts> forVersion(PlanVersion version) {
        Map<String, List<Link>> links = effectiveLinks.apply(version);
        return clause -> facts(links.getOrDefault(clause.uid(), List.of()));
    }

    static Facts facts(List<Link> links) {
        Set<String> townships = new LinkedHashSet<>();
        Set<String> lines = new LinkedHashSet<>();
        Set<String> indicators = new LinkedHashSet<>();
        Map<String, String> spellings = new java.util.LinkedHashMap<>();
        List<Figure> figures = new ArrayList<>();
        for (Link l : links) {
            if (!l.effective()) {
                continue;
            }
            if (l.target() instanceof FeatureTarget f) {
                if (f.township()) {
                    townships.add(f.name());
                    if (!l.anchor().text().equals(f.name())) {
                        spellings.put(l.anchor().text(), f.name());
                    }
                } else if (f.controlLine()) {
                    lines.add(f.name());
                }
            } else if (l.target() instanceof IndicatorTarget i) {
                indicators.add(i.name());
                figures.add(new Figure(i.name(), figure(i)));
            }
        }
        return new Facts(new ArrayList<>(townships), new ArrayList<>(lines), new ArrayList<>(indicators), spellings,
                figures);
    }

    /** ≥ 73.39 万亩（2035年）; a range as 75—80 %; a comparator nobody knows is shown as stored. */
    static String figure(IndicatorTarget i) {
        String op = switch (i.op()) {
            case ">=" -> "≥ ";
            case "<=" -> "≤ ";
            case "≈" -> "约 ";
            case "range" -> "";
            default -> i.op() + " ";
        };
        String value = i.value().toPlainString() + (i.valueMax() == null ? "" : "—" + i.valueMax().toPlainString());
        return op + value + (i.unit().isEmpty() ? "" : " " + i.unit()) + (i.year() == null ? "" : "（" + i.year() + "年）");
    }
}
