package org.plantrace.web.authoring;

import java.util.ArrayList;
import java.util.List;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.citation.ClauseNumbering;
import org.plantrace.citation.DisplayNumber;

/**
 * One clause in a version's outline.
 *
 * @param uid       durable id
 * @param depth     1 for top-level clauses
 * @param kind      章, 节, 条 …
 * @param number    the number shown (source or derived)
 * @param title     the heading, or an excerpt of the text for an untitled clause
 * @param untitled  the clause has no heading
 * @param mandatory the clause is marked mandatory
 * @param path      the clause's citable address in this version
 * @param editPath  its editor's address
 * @param text      its text, for the outline's filter (issue #14.7: find a clause among 291 by its words)
 */
public record OutlineRow(String uid, int depth, String kind, DisplayNumber number, String title, boolean untitled,
        boolean mandatory, String path, String editPath, String text) {

    static List<OutlineRow> of(String code, int version, List<Clause> roots) {
        ClauseNumbering numbering = ClauseNumbering.of(roots);
        List<OutlineRow> rows = new ArrayList<>();
        walk(code, version, roots, 1, numbering, rows);
        return rows;
    }

    private static void walk(String code, int version, List<Clause> level, int depth, ClauseNumbering numbering,
            List<OutlineRow> out) {
        for (Clause c : level) {
            out.add(row(code, version, c, depth, numbering));
            walk(code, version, c.children(), depth + 1, numbering, out);
        }
    }

    static OutlineRow row(String code, int version, Clause c, int depth, ClauseNumbering numbering) {
        boolean untitled = c.heading().isBlank();
        return new OutlineRow(c.uid(), depth, c.kind().chineseName(), numbering.of(c),
                untitled ? excerpt(c.text()) : c.heading(), untitled, c.mandatory(),
                PlanPaths.clause(code, version, c.uid()), PlanPaths.edit(code, version, c.uid()), c.text());
    }

    static String excerpt(String text) {
        String first = text.strip().replace('\n', ' ');
        return first.length() > 40 ? first.substring(0, 40) + "…" : first.isEmpty()
                ? org.plantrace.web.i18n.Texts.in("org.plantrace.web.i18n.Authoring", "outline.empty") : first;
    }

    static int count(List<Clause> roots) {
        return ClauseTree.flatten(roots).size();
    }
}
