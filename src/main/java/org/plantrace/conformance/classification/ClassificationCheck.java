package org.plantrace.conformance.classification;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.plantrace.conformance.Judgement;
import org.plantrace.conformance.PartsOfSentence;
import org.plantrace.conformance.TownshipText;
import org.plantrace.conformance.Verdict;
import org.plantrace.transmission.ChecklistItem;

/**
 * Judges the classifications an item assigns. The county value is read from the item's
 * requirement, only from the parts of the sentence that concern the township ({@link
 * PartsOfSentence}: "中心城区防洪标准达到50年一遇，其余乡镇…20年一遇" gives 20年一遇). The township's
 * values are those of its sentences that speak of the dimension.
 */
public final class ClassificationCheck {
    public static final String RULE = "classification";

    private final Vocabularies vocabularies;
    private final PartsOfSentence parts;

    public ClassificationCheck(Vocabularies vocabularies, PartsOfSentence parts) {
        this.vocabularies = vocabularies;
        this.parts = parts;
    }

    /** One judgement per dimension the item assigns a value of; empty when it assigns none. */
    public List<Judgement> judge(ChecklistItem item, List<String> townshipNames, TownshipText text) {
        List<Judgement> out = new ArrayList<>();
        String own = parts.forTownship(item.requirement(), townshipNames);
        for (Dimension d : vocabularies.dimensions()) {
            if (!d.spokenOf(item.requirement())) {
                continue;
            }
            Set<String> county = d.valuesIn(own);
            if (county.isEmpty()) {
                continue;
            }
            out.add(judge(d, county, townshipNames, text));
        }
        return out;
    }

    private Judgement judge(Dimension d, Set<String> county, List<String> townshipNames, TownshipText text) {
        List<TownshipText.Sentence> spoken = text.sentences().stream().filter(s -> d.spokenOf(s.text())).toList();
        if (spoken.isEmpty()) {
            return Judgement.of(Verdict.MISSING, List.of(), "乡镇规划未写明" + d.name() + "（县级规划为 " + String.join("、", county) + "）", RULE);
        }
        Set<String> township = new LinkedHashSet<>();
        List<TownshipText.Sentence> evidence = new ArrayList<>();
        for (TownshipText.Sentence s : spoken) {
            // a township plan may quote another level's value (中心城区防洪标准达到50年一遇，本镇…): only its own parts count
            Set<String> v = d.valuesIn(parts.forTownship(s.text(), townshipNames));
            if (!v.isEmpty()) {
                township.addAll(v);
                evidence.add(s);
            }
        }
        if (township.isEmpty()) {
            return Judgement.of(Verdict.UNCLEAR, spoken.subList(0, 1), "乡镇规划提到" + d.name() + "但未写明取值（县级规划为 "
                    + String.join("、", county) + "），需人工判定", RULE);
        }
        Set<String> foreign = new LinkedHashSet<>(township);
        foreign.removeAll(county);
        String compared = d.name() + "：乡镇规划为 " + String.join("、", township) + "，县级规划为 " + String.join("、", county);
        if (!foreign.isEmpty()) {
            return Judgement.of(Verdict.VIOLATED, evidence, compared + "（" + String.join("、", foreign) + " 与县级规划不同）", RULE);
        }
        if (!d.subset() && !township.containsAll(county)) {
            Set<String> missing = new LinkedHashSet<>(county);
            missing.removeAll(township);
            return Judgement.of(Verdict.PARTIAL, evidence, compared + "（未写明 " + String.join("、", missing) + "）", RULE);
        }
        return Judgement.of(Verdict.MET, evidence, compared + "，一致", RULE);
    }
}
