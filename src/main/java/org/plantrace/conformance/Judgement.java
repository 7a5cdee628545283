package org.plantrace.conformance;

import java.util.List;

/**
 * What one check concluded about one checklist item: the verdict, the township sentences it rests
 * on, the reason in words, the review rule that decided, and for a quantity its figures (null otherwise).
 */
public record Judgement(Verdict verdict, List<TownshipText.Sentence> evidence, String reason, String rule, Figures figures) {
    public Judgement {
        evidence = List.copyOf(evidence);
    }

    public Judgement(Verdict verdict, List<TownshipText.Sentence> evidence, String reason, String rule) {
        this(verdict, evidence, reason, rule, null);
    }

    /** The same judgement with the figures compared. */
    public Judgement with(Figures f) {
        return new Judgement(verdict, evidence, reason, rule, f);
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
