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
    private final ClauseLinkSource clauseLinks;

    /** One clause's effective links (e.g. {@code LinkService::effectiveLinks}). */
    @FunctionalInterface
    public interface ClauseLinkSource {
        List<Link> of(String plan, int version, String clauseUid);
    }

    /** @param effectiveLinks a version's effective links by clause uid (e.g. {@code LinkService::effectiveLinks}) */
    public LinkFacts(Function<PlanVersion, Map<String, List<Link>>> effectiveLinks) {
        this(effectiveLinks, null);
    }

    /**
     * As {@link #LinkFacts(Function)}, with a per-clause source so that re-indexing one edited clause
     * reads that clause's links, not the version's thousand.
     */
    public LinkFacts(Function<PlanVersion, Map<String, List<Link>>> effectiveLinks, ClauseLinkSource clauseLinks) {
        this.effectiveLinks = effectiveLinks;
        this.clauseLinks = clauseLinks;
    }

    @Override
    public Function<Clause, Facts> forClauses(PlanVersion version, Set<String> uids) {
        if (clauseLinks == null) {
            return forVersion(version);
        }
        return clause -> clause.uid() == null ? facts(List.of())
                : facts(clauseLinks.of(version.plan().code(), version.number(), clause.uid()));
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
