package org.plantrace.citation;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseKind;
import org.plantrace.domain.clause.ClauseTree;

/**
 * Citations of the clauses of one version, the way planners write them (issue #14.1): the article
 * number with the item below it (第十六条第二项), the article's title, and where it sits
 * (第三章第一节). A clause above the article level is cited by its chapter and section. Numbers come
 * from {@link ClauseNumbering}, so a citation agrees with what the pages show.
 */
public final class Citations {
    private final List<Clause> roots;
    private final ClauseNumbering numbering;
    private final Map<Clause, String> labels = new IdentityHashMap<>();

    private Citations(List<Clause> roots) {
        this.roots = roots;
        this.numbering = ClauseNumbering.of(roots);
    }

    public static Citations of(List<Clause> roots) {
        return new Citations(roots);
    }

    /** {@code 第十六条 划定城镇开发边界（第三章第一节）}; empty for a clause not in this version. */
    public String label(Clause clause) {
        return labels.computeIfAbsent(clause, this::build);
    }

    /** The label of the clause with durable id {@code uid}; empty when this version has no such clause. */
    public String label(String uid) {
        if (uid == null) {
            return "";
        }
        List<Clause> path = ClauseTree.pathTo(roots, uid);
        return path.isEmpty() ? "" : label(path.get(path.size() - 1));
    }

    /** {@code 《规划名》第十六条（第三章第一节）}: the form a review opinion cites, without the title. */
    public String cite(String planTitle, Clause clause) {
        List<Clause> path = ClauseTree.pathTo(roots, clause.uid());
        if (path.isEmpty()) {
            return "";
        }
        String title = planTitle == null || planTitle.isBlank() ? "" : "《" + planTitle.strip() + "》";
        return title + reference(path) + where(path);
    }

    private String build(Clause clause) {
        List<Clause> path = ClauseTree.pathTo(roots, clause.uid());
        if (path.isEmpty()) {
            return "";
        }
        String heading = heading(path);
        String where = where(path);
        return (reference(path) + (heading.isEmpty() ? "" : " " + heading) + where).strip();
    }

    /** 第十六条第二项, or 第三章第一节 where the clause is above the article level. */
    private String reference(List<Clause> path) {
        int article = indexOf(path, ClauseKind.ARTICLE);
        StringBuilder s = new StringBuilder();
        if (article < 0) {
            for (Clause c : path) {
                if (c.kind() == ClauseKind.CHAPTER || c.kind() == ClauseKind.SECTION) {
                    s.append(number(c));
                }
            }
            return s.toString();
        }
        s.append(number(path.get(article)));
        for (Clause c : path.subList(article + 1, path.size())) {
            String n = bare(number(c));
            if (n.isEmpty()) {
                continue;
            }
            s.append(c.kind() == ClauseKind.SUB_ITEM ? "第" + n + "目" : "第" + n + "项");
        }
        return s.toString();
    }

    /** （第三章第一节）: the chapter and section an article sits in; empty above the article level. */
    private String where(List<Clause> path) {
        if (indexOf(path, ClauseKind.ARTICLE) < 0) {
            return "";
        }
        StringBuilder s = new StringBuilder();
        for (Clause c : path) {
            if (c.kind() == ClauseKind.CHAPTER || c.kind() == ClauseKind.SECTION) {
                s.append(number(c));
            }
        }
        return s.length() == 0 ? "" : "（" + s + "）";
    }

    /** The article's title, or for a clause above articles its own title. */
    private static String heading(List<Clause> path) {
        int article = indexOf(path, ClauseKind.ARTICLE);
        Clause titled = article >= 0 ? path.get(article) : path.get(path.size() - 1);
        return titled.heading().strip();
    }

    private String number(Clause c) {
        return numbering.of(c).text().strip();
    }

    /** 一、 → 一, （二） → 二, 3. → 3: the ordinal inside an item's number. */
    static String bare(String number) {
        return number.replaceAll("[、.．()（）\\s]", "");
    }

    private static int indexOf(List<Clause> path, ClauseKind kind) {
        for (int i = 0; i < path.size(); i++) {
            if (path.get(i).kind() == kind) {
                return i;
            }
        }
        return -1;
    }
}
