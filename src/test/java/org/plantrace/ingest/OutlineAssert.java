package org.plantrace.ingest;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import org.plantrace.domain.clause.Clause;

/**
 * Compares two clause forests the way the readers must agree: same kinds, headings, own texts and
 * mandatory spans, in the same tree shape. Numbers as written ({@code num}) are not compared:
 * a plain-text export writes "1." where Word renders "第一章".
 */
public final class OutlineAssert {
    private OutlineAssert() {
    }

    public static void assertSameTree(List<Clause> expected, List<Clause> actual) {
        List<String> problems = new ArrayList<>();
        compare("", expected, actual, problems);
        if (!problems.isEmpty()) {
            fail(problems.size() + " differences, first ones:\n  "
                    + String.join("\n  ", problems.subList(0, Math.min(15, problems.size()))));
        }
    }

    private static void compare(String path, List<Clause> exp, List<Clause> act, List<String> problems) {
        int n = Math.max(exp.size(), act.size());
        for (int i = 0; i < n; i++) {
            String here = path + "/" + (i + 1);
            if (i >= exp.size()) {
                problems.add(here + ": unexpected " + act.get(i));
                continue;
            }
            if (i >= act.size()) {
                problems.add(here + ": missing " + exp.get(i));
                continue;
            }
            Clause e = exp.get(i);
            Clause a = act.get(i);
            here = path + "/" + e.heading();
            if (e.kind() != a.kind()) {
                problems.add(here + ": kind " + e.kind() + " expected, was " + a.kind() + " (" + a + ")");
            }
            if (!e.heading().equals(a.heading())) {
                problems.add(here + ": heading expected [" + e.heading() + "] was [" + a.heading() + "]");
            }
            if (!e.text().equals(a.text())) {
                problems.add(here + ": text differs\n    expected [" + abbreviate(e.text()) + "]\n    was      ["
                        + abbreviate(a.text()) + "]");
            }
            if (!e.mandatorySpans().equals(a.mandatorySpans())) {
                problems.add(here + ": mandatory spans expected " + e.mandatorySpans() + " was " + a.mandatorySpans());
            }
            if (e.mandatory() != a.mandatory()) {
                problems.add(here + ": mandatory expected " + e.mandatory() + " was " + a.mandatory());
            }
            compare(here, e.children(), a.children(), problems);
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 120 ? s : s.substring(0, 60) + " … " + s.substring(s.length() - 50);
    }
}
