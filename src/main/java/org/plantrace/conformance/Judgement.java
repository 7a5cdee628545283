package org.plantrace.conformance;

import java.util.List;

/**
 * What one check concluded about one checklist item: the verdict, the township sentences it rests
 * on, the reason in words and the review rule that decided.
 */
public record Judgement(Verdict verdict, List<TownshipText.Sentence> evidence, String reason, String rule) {
    public Judgement {
        evidence = List.copyOf(evidence);
    }

    public static Judgement of(Verdict verdict, List<TownshipText.Sentence> evidence, String reason, String rule) {
        return new Judgement(verdict, evidence, reason, rule);
    }

    /** The worse of two judgements of one item (violated over unclear over partial over missing over met). */
    public static Judgement worse(Judgement a, Judgement b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return b.verdict.weight() > a.verdict.weight() ? b : a;
    }
}
