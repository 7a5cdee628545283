package org.plantrace.conformance;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.plantrace.conformance.action.ActionCheck;
import org.plantrace.conformance.classification.ClassificationCheck;
import org.plantrace.conformance.quantity.QuantityCheck;
import org.plantrace.citation.Citations;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.extract.entity.Entity;
import org.plantrace.extract.entity.Gazetteer;
import org.plantrace.extract.entity.Variant;
import org.plantrace.extract.indicator.IndicatorExtractor;
import org.plantrace.transmission.Checklist;
import org.plantrace.transmission.ChecklistItem;
import org.plantrace.transmission.SourceClause;

/**
 * The review engine: one {@link Finding} per checklist item, then the findings beyond the checklist.
 * For an item it runs every check that applies — the quantity it binds, the classifications it
 * assigns, the facilities it requires, and otherwise the planning terms it is about — keeps the
 * worst verdict (不符合 over 需人工判定 over 部分落实 over 缺项 over 符合), and looks for a township
 * sentence doing the opposite with the same object. Thread-safe once built; nothing is stored.
 */
public final class ConformanceReviewer {
    static final String NARRATIVE = "terms";
    static final String FACILITY = "facility";

    private final ReviewRules rules;
    private final Gazetteer gazetteer;
    private final QuantityCheck quantities;
    private final ClassificationCheck classifications;
    private final ActionCheck actions;
    private final BeyondChecklist beyond;

    public ConformanceReviewer(ReviewRules rules, Gazetteer gazetteer) {
        this.rules = rules;
        this.gazetteer = gazetteer;
        IndicatorExtractor extractor = new IndicatorExtractor();
        this.quantities = new QuantityCheck(rules.units(), rules.scopes(), rules.indicators(), extractor);
        this.classifications = new ClassificationCheck(rules.vocabularies(), rules.parts());
        this.actions = new ActionCheck(rules.actions(), rules.modality(), rules.verbMask());
        this.beyond = new BeyondChecklist(rules, extractor);
    }

    /** Reviews {@code township} (its clause tree, path ids assigned) against {@code checklist} of {@code county}. */
    public Review review(Checklist checklist, PlanVersion county, List<Clause> township, String townshipTitle) {
        TownshipText text = new TownshipText(township);
        Map<String, Clause> countyClauses = byPathId(county.clauses());
        Citations citations = Citations.of(county.clauses());
        String name = checklist.target().name();
        List<String> names = namesOf(name);
        List<Finding> findings = new ArrayList<>();
        Set<String> covered = new HashSet<>();
        for (ChecklistItem item : checklist.items()) {
            Judgement j = judge(item, names, text);
            if (item.target() != null) {
                item.sourceClauses().forEach(s -> covered.add(s.id()));
            }
            findings.add(finding(item, j, countyClauses, citations, county.plan().name()));
        }
        findings.addAll(beyond.findings(county, text, covered));
        return new Review(name, checklist.planCode(), checklist.planTitle(), checklist.planVersion(), townshipTitle,
                Review.suggest(findings), findings);
    }

    /**
     * Reviews a stored township plan version against the requirements of {@code checklist} (its
     * illustrative estimates bind nobody and are left out), titled with the township plan's name: the
     * one way the trace matrix and the stored reviews run the engine on stored plans. The findings
     * come one per requirement, in item order, then those beyond the checklist.
     */
    public Review review(Checklist checklist, PlanVersion county, PlanVersion township) {
        Checklist requirements = new Checklist(checklist.target(), checklist.planCode(), checklist.planTitle(),
                checklist.planVersion(), checklist.generatedAt(), checklist.requirements(), checklist.notices());
        return review(requirements, county, township.clauses(), township.plan().name());
    }

    Judgement judge(ChecklistItem item, List<String> names, TownshipText text) {
        String own = rules.parts().forTownship(item.requirement(), names);
        Judgement j = null;
        if (quantities.applies(item)) {
            j = quantities.judge(item, text);
        }
        for (Judgement c : classifications.judge(item, names, text)) {
            j = Judgement.worse(j, c);
        }
        List<Facilities.Facility> required = rules.facilities().in(own);
        if (!required.isEmpty() && (j == null || item.target() == null)) {
            j = Judgement.worse(j, facilities(required, text));
        }
        List<Pattern> objects = objects(item, own, names, required);
        if (j == null) {
            j = terms(item, own, names, text);
        }
        // the verb of a list sentence stands in its first part (严格保护…，以及…东坊城等10处集中供水水源): the whole requirement
        Judgement contrary = actions.judge(item.requirement(), objects, text);
        return Judgement.worse(j, contrary);
    }

    private Judgement facilities(List<Facilities.Facility> required, TownshipText text) {
        List<TownshipText.Sentence> evidence = new ArrayList<>();
        List<String> present = new ArrayList<>();
        List<String> absent = new ArrayList<>();
        for (Facilities.Facility f : required) {
            List<TownshipText.Sentence> found = text.matching(f.pattern());
            if (found.isEmpty()) {
                absent.add(f.name());
            } else {
                present.add(f.name());
                if (!evidence.contains(found.get(0))) {
                    evidence.add(found.get(0));
                }
            }
        }
        if (absent.isEmpty()) {
            return Judgement.of(Verdict.MET, evidence, "乡镇规划写有 " + String.join("、", present), FACILITY);
        }
        if (present.isEmpty()) {
            return Judgement.of(Verdict.MISSING, List.of(), "乡镇规划未安排 " + String.join("、", absent), FACILITY);
        }
        return Judgement.of(Verdict.PARTIAL, evidence, "乡镇规划写有 " + String.join("、", present) + "，缺 " + String.join("、", absent),
                FACILITY);
    }

    /** A narrative item: its planning terms and the places lying in the township, looked for in the whole township plan. */
    private Judgement terms(ChecklistItem item, String own, List<String> names, TownshipText text) {
        Map<String, Pattern> terms = new LinkedHashMap<>();
        rules.topics().in(own).forEach(t -> terms.put(t.shown(), t.pattern()));
        if (terms.isEmpty()) { // the object may stand in a part addressed to another level (中心城区…天然气，向各乡镇延伸)
            rules.topics().in(item.requirement()).forEach(t -> terms.put(t.shown(), t.pattern()));
        }
        placesIn(item, names).forEach(p -> terms.put(p, Pattern.compile(Pattern.quote(p))));
        if (terms.isEmpty()) {
            return Judgement.of(Verdict.UNCLEAR, List.of(), "要求中没有可核对的对象（指标、分类、设施或规划术语），需人工判定", NARRATIVE);
        }
        List<TownshipText.Sentence> evidence = new ArrayList<>();
        List<String> present = new ArrayList<>();
        List<String> absent = new ArrayList<>();
        for (Map.Entry<String, Pattern> t : terms.entrySet()) {
            List<TownshipText.Sentence> found = text.matching(t.getValue());
            if (found.isEmpty()) {
                absent.add(t.getKey());
            } else {
                present.add(t.getKey());
                if (!evidence.contains(found.get(0))) {
                    evidence.add(found.get(0));
                }
            }
        }
        if (absent.isEmpty()) {
            return Judgement.of(Verdict.MET, evidence, "乡镇规划写到 " + String.join("、", present), NARRATIVE);
        }
        if (present.isEmpty()) {
            return Judgement.of(Verdict.MISSING, List.of(), "乡镇规划未写到 " + String.join("、", absent), NARRATIVE);
        }
        return Judgement.of(Verdict.PARTIAL, evidence, "乡镇规划写到 " + String.join("、", present) + "，未写到 " + String.join("、", absent),
                NARRATIVE);
    }

    /** What an action of the township could act on: the item's facilities, else its terms; and its places. */
    private List<Pattern> objects(ChecklistItem item, String own, List<String> names, List<Facilities.Facility> required) {
        List<Pattern> out = new ArrayList<>();
        required.forEach(f -> out.add(f.pattern()));
        if (out.isEmpty()) { // a facility is the more precise object: 集中供水工程, not 集中供水 (which a 水源 shares)
            rules.topics().in(own).forEach(t -> out.add(t.pattern()));
        }
        placesIn(item, names).forEach(p -> out.add(Pattern.compile(Pattern.quote(p))));
        return out;
    }

    /** The item's linked places that lie in the township (王庄堡村 in 王庄堡镇), from the gazetteer's parents. */
    private List<String> placesIn(ChecklistItem item, List<String> names) {
        Entity township = gazetteer.entities().stream().filter(e -> e.name().equals(names.get(0))).findFirst().orElse(null);
        if (township == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String f : item.features()) {
            gazetteer.entities().stream().filter(e -> e.name().equals(f) && township.id().equals(e.parent()))
                    .findFirst().ifPresent(e -> out.add(e.name()));
        }
        return out;
    }

    /** The township's canonical name first, then its other spellings (王庄堡). */
    private List<String> namesOf(String name) {
        List<String> names = new ArrayList<>();
        names.add(name);
        gazetteer.entities().stream().filter(e -> e.name().equals(name)).findFirst()
                .ifPresent(e -> e.variants().stream().map(Variant::text).forEach(names::add));
        return names;
    }

    private static Finding finding(ChecklistItem item, Judgement j, Map<String, Clause> county, Citations citations,
            String countyTitle) {
        List<Finding.CountyCite> cites = new ArrayList<>();
        for (SourceClause s : item.sourceClauses()) {
            Clause c = county.get(s.id());
            cites.add(new Finding.CountyCite(s.uid(), s.id(), c == null ? s.heading() : c.text(),
                    c == null ? s.citation() : citations.cite(countyTitle, c)));
        }
        List<Finding.TownshipCite> township = new ArrayList<>();
        List<Clause> seen = new ArrayList<>();
        for (TownshipText.Sentence s : j.evidence()) {
            if (seen.stream().noneMatch(c -> c == s.clause())) {
                seen.add(s.clause());
                township.add(new Finding.TownshipCite(s.clause().eId(), s.clause().heading(), s.clause().text()));
            }
        }
        String evidence = String.join(" / ", j.evidence().stream().map(TownshipText.Sentence::text).toList());
        return new Finding(j.verdict(), item.category(), item.requirement(), item.mandatory(),
                Finding.severityOf(j.verdict(), item.mandatory()), cites, township, evidence, j.reason(),
                item.rule() + "/" + j.rule(), j.figures());
    }

    static Map<String, Clause> byPathId(List<Clause> forest) {
        Map<String, Clause> out = new LinkedHashMap<>();
        for (Clause c : forest) {
            walk(c, out);
        }
        return out;
    }

    private static void walk(Clause c, Map<String, Clause> out) {
        if (c.eId() != null) {
            out.put(c.eId(), c);
        }
        c.children().forEach(k -> walk(k, out));
    }
}
