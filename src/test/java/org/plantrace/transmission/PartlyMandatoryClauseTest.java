package org.plantrace.transmission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.domain.clause.MandatoryProvenance;
import org.plantrace.domain.clause.Span;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.domain.plan.VersionStatus;
import org.plantrace.planpackage.PlanPackages;
import org.plantrace.search.SeedPlan;

/**
 * Issue #14.3, mandatory by the words marked: when a drafter marks one sentence of a clause
 * mandatory, the checklist items drawn from that sentence are 强制性 and the items drawn from the
 * clause's other sentences are not.
 */
class PartlyMandatoryClauseTest {
    private static final Target WANGZHUANGBAO = new Target(TargetKind.TOWNSHIP, "王庄堡镇");

    private static RuleBasedChecklists engine() {
        return new RuleBasedChecklists(DerivationRules.read(Path.of("templates")), PlanPackages.located().linker(SeedPlan.PLAN.code()),
                null, Clock.systemUTC());
    }

    @Test
    void onlyItemsFromTheMarkedSentenceAreMandatory() {
        PlanVersion plain = SeedPlan.version(1, VersionStatus.PUBLISHED);
        List<ChecklistItem> before = engine().derive(plain, WANGZHUANGBAO).items();
        // a clause that gives this township items from two or more different sentences
        Clause chosen = null;
        for (Clause c : ClauseTree.flatten(plain.clauses())) {
            List<ChecklistItem> from = before.stream()
                    .filter(i -> i.sourceClauses().size() == 1 && i.sourceClauses().get(0).uid().equals(c.uid())).toList();
            if (from.size() >= 2 && sentenceOf(c.text(), from.get(0)) >= 0
                    && from.stream().anyMatch(i -> sentenceOf(c.text(), i) > sentenceOf(c.text(), from.get(0)))) {
                chosen = c;
                break;
            }
        }
        assertTrue(chosen != null, "the seed has a clause with items from two sentences for 王庄堡镇");
        String uid = chosen.uid();
        String text = chosen.text();
        int firstEnd = text.indexOf('。') + 1;

        PlanVersion marked = SeedPlan.version(1, VersionStatus.PUBLISHED);
        Clause c = ClauseTree.flatten(marked.clauses()).stream().filter(x -> x.uid().equals(uid)).findFirst().orElseThrow();
        c.replaceMandatorySpans(List.of(new Span(0, firstEnd)));
        c.markMandatory(MandatoryProvenance.MANUAL);

        List<ChecklistItem> after = engine().derive(marked, WANGZHUANGBAO).items().stream()
                .filter(i -> i.sourceClauses().size() == 1 && i.sourceClauses().get(0).uid().equals(uid)).toList();
        int inFirst = 0;
        int elsewhere = 0;
        for (ChecklistItem i : after) {
            int sentence = sentenceOf(text, i);
            if (sentence == 0) {
                assertTrue(i.mandatory(), "drawn from the marked sentence: " + i.requirement());
                inFirst++;
            } else if (sentence > 0) {
                assertFalse(i.mandatory(), "drawn from another sentence of the same clause: " + i.requirement());
                elsewhere++;
            }
        }
        assertTrue(inFirst >= 1 && elsewhere >= 1, "items on both sides: " + inFirst + " / " + elsewhere);
        assertEquals(before.size(), engine().derive(marked, WANGZHUANGBAO).items().size());
    }

    /** Which sentence (0-based, by 。) of the text the item's words start in; -1 when not found. */
    private static int sentenceOf(String text, ChecklistItem item) {
        String r = item.requirement();
        String probe = r.substring(0, Math.min(8, r.length()));
        int at = text.indexOf(probe);
        if (at < 0) {
            return -1;
        }
        int n = 0;
        for (int i = 0; i < at; i++) {
            if (text.charAt(i) == '。') {
                n++;
            }
        }
        return n;
    }
}
