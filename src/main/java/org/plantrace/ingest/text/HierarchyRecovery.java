package org.plantrace.ingest.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseKind;
import org.plantrace.ingest.ParseWarning;
import org.plantrace.ingest.numbering.NumberedLine;
import org.plantrace.ingest.numbering.NumberingStyle;
import org.plantrace.ingest.text.OutlineNode.Numbered;

/**
 * Rebuilds the clause tree of a plain-text plan from its classified lines.
 *
 * <p>Conventional numbering (第一章, 第一节, 第1条, 一、, （一）, 1．, （1）, ①) is nested by the order
 * in which styles appear: a style already open closes everything opened after it. A Word export
 * that flattened every level to "1." needs context instead:
 * <ul>
 *   <li>a chapter follows a blank or empty numbered line, or is indented, and opens with an
 *       introductory paragraph (the first chapter, 总则, may open directly with its articles);</li>
 *   <li>a heading directly followed by another heading contains it;</li>
 *   <li>after body text, a heading continues the list it is most alike (same words, same shape,
 *       same ending, see {@link TitleSimilarity}), staying in the innermost list unless an outer
 *       one is clearly more alike; a heading that the current clause's text announces by name
 *       starts a list inside it;</li>
 *   <li>kinds follow depth: the children of a chapter are sections when they hold articles
 *       with items, else articles.</li>
 * </ul>
 * Where these signals are weak the parse report says so, so that a drafter checks the level.
 */
final class HierarchyRecovery {
    /** How much more alike an outer list must be before a heading leaves the inner one. */
    static final double LEAVE_LIST_MARGIN = 0.15;
    /** … and alike at least this much: a faint likeness (equal length, say) moves nothing. */
    static final double LEAVE_LIST_FLOOR = 0.3;

    private final List<SourceLine> lines;
    private final List<ParseWarning> warnings;
    private final String flatNum;
    private final OutlineNode root = OutlineNode.root();
    private OutlineNode current = root;
    private boolean lastWasHeading;
    private boolean breakBefore;
    /** An empty numbered line that Word listed in its table of contents: the next heading's own. */
    private boolean emptyTocHeading;
    private boolean chapterSeen;

    HierarchyRecovery(List<SourceLine> lines, List<ParseWarning> warnings) {
        this.lines = lines;
        this.warnings = warnings;
        this.flatNum = FlattenedNumbering.detect(lines);
    }

    /** True when the text's arabic numbering was flattened to one repeated number. */
    boolean flattened() {
        return flatNum != null;
    }

    List<Clause> build() {
        for (int i = 0; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            switch (line.type()) {
                case BLANK -> breakBefore = true;
                case EMPTY_HEADING -> emptyHeading(line);
                case PLAIN_TITLE -> plainTitle(line);
                case BODY -> body(line);
                case NUMBERED_PARAGRAPH -> numberedParagraph(line);
                case HEADING -> heading(line, i);
            }
        }
        new KindAssignment(warnings).assign(root);
        List<Clause> out = new ArrayList<>();
        for (OutlineNode n : root.children) {
            out.add(n.clause);
        }
        return out;
    }

    private void emptyHeading(SourceLine line) {
        if (line.toc()) {
            // A heading paragraph emptied in the export, its title moved to the next line.
            emptyTocHeading = true;
            warnings.add(new ParseWarning(line.location(), "编号“" + line.numbered().orElseThrow().num()
                    + "”后只有目录书签没有标题，按下一行标题的一部分处理"));
            return;
        }
        warnings.add(new ParseWarning(line.location(),
                "编号“" + line.numbered().orElseThrow().num() + "”后没有标题也没有正文（导出时丢失），已忽略；请核对原文此处是否缺少条款"));
    }

    private void plainTitle(SourceLine line) {
        if (chapterSeen) {
            body(line);
            return;
        }
        OutlineNode preface = new OutlineNode(clauseAt(ClauseKind.PARAGRAPH, "", line.title(), line),
                Numbered.PREFACE, null, 0, line.number());
        root.add(preface);
        current = preface;
        lastWasHeading = true;
        breakBefore = false;
    }

    private void body(SourceLine line) {
        if (line.indented() && chapterSeen) {
            untitledSection(line);
            return;
        }
        if (current == root) {
            OutlineNode preface = new OutlineNode(clauseAt(ClauseKind.PARAGRAPH, "", "", line),
                    Numbered.PREFACE, null, 0, line.number());
            root.add(preface);
            current = preface;
        }
        current.clause.appendParagraph(line.text());
        lastWasHeading = false;
        breakBefore = false;
    }

    /**
     * An indented paragraph of prose inside a chapter. The export indents only paragraphs that
     * carried heading numbering (chapters, sections); prose there is a section whose title was
     * lost and whose introduction remains.
     */
    private void untitledSection(SourceLine line) {
        OutlineNode chapter = enclosingChapter();
        OutlineNode node = new OutlineNode(clauseAt(ClauseKind.SECTION, "", "", line), Numbered.SECTION, null, 0,
                line.number());
        node.toc = line.toc();
        node.clause.appendParagraph(line.text());
        chapter.add(node);
        current = node;
        warnings.add(new ParseWarning(line.location(), "缩进的正文段落像是一节的导语，但这一节的标题缺失；已作为无标题的节处理，请补上标题"));
        lastWasHeading = false;
        breakBefore = false;
    }

    /** "1. 严格保护……。": a numbered sentence, kept as an item of the clause it belongs to. */
    private void numberedParagraph(SourceLine line) {
        NumberedLine n = line.numbered().orElseThrow();
        OutlineNode node = new OutlineNode(clauseAt(ClauseKind.ITEM, n.num(), "", line),
                Numbered.EXPLICIT, styleKey(n), n.value(), line.number());
        node.clause.appendParagraph(n.rest());
        placeExplicit(node, line);
        lastWasHeading = false;
        breakBefore = false;
    }

    private void heading(SourceLine line, int index) {
        NumberedLine n = line.numbered().orElseThrow();
        boolean flat = flatNum != null && n.style() == NumberingStyle.ARABIC_DOT && n.num().equals(flatNum);
        boolean strongBreak = breakBefore || line.indented();
        boolean toc = line.toc() || emptyTocHeading;
        if (n.style() == NumberingStyle.CHAPTER) {
            openChapter(line, n);
        } else if (flat && (strongBreak || emptyTocHeading) && acceptsChapter(index)) {
            openChapter(line, n);
        } else if (n.style() == NumberingStyle.SECTION) {
            OutlineNode chapter = enclosingChapter();
            OutlineNode node = node(line, n, Numbered.SECTION);
            chapter.add(node);
            current = node;
            if (line.title().isEmpty()) {
                warnings.add(new ParseWarning(line.location(), n.num() + " 没有标题，请补上"));
            }
        } else if (flat && strongBreak) {
            // Looks like a chapter (blank line before, or indented) but has no introductory
            // paragraph: most likely a section of the chapter already open.
            OutlineNode chapter = enclosingChapter();
            OutlineNode node = node(line, n, Numbered.FLAT);
            chapter.add(node);
            current = node;
            warnings.add(new ParseWarning(line.location(), "“" + line.title()
                    + "”前有空行或缩进，像章标题，但其后没有导语正文；已作为本章下一级处理，请核对层级"));
        } else if (flat) {
            OutlineNode node = node(line, n, Numbered.FLAT);
            node.toc = toc;
            placeFlat(node, line);
        } else {
            placeExplicit(node(line, n, Numbered.EXPLICIT), line);
        }
        current.toc = current.toc || toc;
        lastWasHeading = true;
        breakBefore = false;
        emptyTocHeading = false;
    }

    private void openChapter(SourceLine line, NumberedLine n) {
        OutlineNode node = node(line, n, Numbered.CHAPTER);
        root.add(node);
        current = node;
        chapterSeen = true;
    }

    /** The first chapter may open with its articles; later ones open with a paragraph of text. */
    private boolean acceptsChapter(int index) {
        if (!chapterSeen) {
            return true;
        }
        for (int j = index + 1; j < lines.size(); j++) {
            LineType t = lines.get(j).type();
            if (t == LineType.BODY) {
                return true;
            }
            if (t != LineType.BLANK) {
                return false;
            }
        }
        return false;
    }

    private OutlineNode enclosingChapter() {
        for (OutlineNode n = current; n != null; n = n.parent) {
            if (n.numbered == Numbered.CHAPTER) {
                return n;
            }
        }
        return root;
    }

    private void placeFlat(OutlineNode node, SourceLine line) {
        if (lastWasHeading || current.numbered != Numbered.FLAT && current.numbered != Numbered.EXPLICIT) {
            // Directly under a heading, or the first heading after a chapter's or section's text.
            attach(current, node);
            return;
        }
        if (announces(current, node.title())) {
            current.announcedList = true;
            attach(current, node);
            return;
        }
        // A conventionally numbered list (1．2．3．) inside a flattened text ends at the next "1.".
        OutlineNode innermost = current;
        while (innermost.numbered == Numbered.EXPLICIT) {
            innermost = innermost.parent;
        }
        if (innermost.numbered != Numbered.FLAT) {
            attach(innermost, node);
            return;
        }
        if (innermost.parent.announcedList && innermost.parent.numbered == Numbered.FLAT
                && announces(innermost.parent, node.title())) {
            attach(innermost.parent, node);
            return;
        }
        if (ListChoice.startsNewList(innermost, node, upcomingTitles(line.number()))) {
            attach(innermost, node);
            return;
        }
        ListChoice choice = ListChoice.choose(innermost, node);
        if (choice.doubtful()) {
            warnings.add(new ParseWarning(line.location(), "“" + node.title() + "”的层级不确定（与上下文标题相似度接近），已归入“"
                    + choice.sibling().parent.title() + "”之下；请核对"));
        }
        attach(choice.sibling().parent, node);
    }

    /** Conventional numbering: a style already open closes what was opened after it. */
    private void placeExplicit(OutlineNode node, SourceLine line) {
        for (OutlineNode n = current; n != null && n.numbered != Numbered.CHAPTER && n != root; n = n.parent) {
            if (n.numbered == Numbered.EXPLICIT && node.styleKey.equals(n.styleKey)) {
                if (node.value != n.value + 1 && node.value != 1) {
                    warnings.add(new ParseWarning(line.location(), "编号不连续：" + n.clause.num() + " 之后是 "
                            + node.clause.num()));
                }
                attach(n.parent, node);
                return;
            }
            if (n.numbered == Numbered.SECTION && node.styleKey.startsWith(NumberingStyle.ARTICLE.name())) {
                break;
            }
        }
        if (node.value != 1) {
            warnings.add(new ParseWarning(line.location(), "编号从 " + node.clause.num() + " 开始，而不是从 1 开始"));
        }
        attach(current, node);
    }

    private void attach(OutlineNode parent, OutlineNode node) {
        parent.add(node);
        current = node;
    }

    /**
     * The clause's own text names the new heading: 构建以自然保护区为主体… then 自然保护区.
     */
    static boolean announces(OutlineNode clause, String title) {
        String text = TitleSimilarity.letters(clause.clause.text());
        String t = TitleSimilarity.letters(title);
        if (t.length() < 2 || text.isEmpty()) {
            return false;
        }
        return text.contains(t);
    }

    /**
     * Titles of the next few headings that, like this one, follow body text: the candidates for
     * being its siblings. None when this heading is directly followed by another: then it holds a
     * list rather than starting one.
     */
    private List<String> upcomingTitles(int lineNumber) {
        List<String> out = new ArrayList<>();
        boolean afterBody = false;
        for (int j = lineNumber; j < lines.size() && out.size() < 3; j++) {
            SourceLine l = lines.get(j);
            if (l.type() == LineType.BODY) {
                afterBody = true;
            } else if (l.type() == LineType.HEADING) {
                if (!afterBody || l.numbered().orElseThrow().style() != NumberingStyle.ARABIC_DOT) {
                    break;
                }
                out.add(l.title());
                afterBody = false;
            }
        }
        return out;
    }

    private OutlineNode node(SourceLine line, NumberedLine n, Numbered numbered) {
        Clause c = clauseAt(ClauseKind.ARTICLE, n.num(), line.title(), line);
        return new OutlineNode(c, numbered, styleKey(n), n.value(), line.number());
    }

    private static String styleKey(NumberedLine n) {
        String separator = n.style() == NumberingStyle.CIRCLED ? ""
                : n.num().replaceAll("[0-9一二三四五六七八九十百零〇两第]", "");
        return n.style().name() + ":" + separator;
    }

    private static Clause clauseAt(ClauseKind kind, String num, String heading, SourceLine line) {
        Clause c = new Clause(kind, num, heading);
        c.setLocation(line.location());
        return c;
    }

    /** Which open list a flattened heading continues. */
    record ListChoice(OutlineNode sibling, boolean doubtful) {
        /** A heading this unlike every open list may start a new one … */
        static final double NEW_LIST_CEILING = 0.25;
        /** … when it is at least this like a heading that follows. */
        static final double NEW_LIST_FLOOR = 0.5;

        static ListChoice choose(OutlineNode innermost, OutlineNode heading) {
            // A contents entry does not continue a list of plain list items: it climbs to the
            // nearest list that holds contents entries.
            while (heading.toc && !hasToc(innermost) && innermost.parent.numbered == Numbered.FLAT) {
                innermost = innermost.parent;
            }
            boolean mustLeave = leavesInnermost(innermost, heading);
            double innerScore = mustLeave ? Double.NEGATIVE_INFINITY : score(innermost, heading);
            OutlineNode best = innermost;
            double bestScore = innerScore;
            for (OutlineNode n = innermost.parent; n != null && n.numbered == Numbered.FLAT; n = n.parent) {
                double s = score(n, heading);
                if (s > bestScore) {
                    best = n;
                    bestScore = s;
                }
            }
            if (mustLeave && best == innermost && innermost.parent.numbered == Numbered.FLAT) {
                best = innermost.parent;
            }
            boolean leaves = best != innermost
                    && (mustLeave || bestScore >= innerScore + LEAVE_LIST_MARGIN && bestScore >= LEAVE_LIST_FLOOR);
            OutlineNode chosen = leaves ? best : innermost;
            boolean doubtful = best != innermost && !mustLeave && Math.abs(bestScore - innerScore) < LEAVE_LIST_MARGIN
                    && bestScore > 0.3;
            return new ListChoice(chosen, doubtful);
        }

        /**
         * A list announced by its parent's text holds just the headings named there; a list whose
         * every heading repeats a term of its parent's title (湿地 under 持续强化湿地资源保护与利用)
         * does not go on with a heading without it.
         */
        static boolean leavesInnermost(OutlineNode innermost, OutlineNode heading) {
            OutlineNode parent = innermost.parent;
            if (parent.numbered != Numbered.FLAT) {
                return false;
            }
            if (parent.announcedList && !announces(parent, heading.title())) {
                return true;
            }
            java.util.Set<String> shared = null;
            for (OutlineNode sibling : parent.children) {
                java.util.Set<String> common = TitleSimilarity.sharedBigrams(sibling.title(), parent.title());
                if (shared == null) {
                    shared = common;
                } else {
                    shared.retainAll(common);
                }
            }
            if (shared == null || shared.isEmpty() || parent.children.size() < 2) {
                return false;
            }
            return !TitleSimilarity.sharedBigrams(heading.title(), parent.title()).containsAll(shared);
        }

        /**
         * After text, a heading unlike every open list, but like the headings that follow it, opens
         * a list of its own inside the current clause (农田保护区, 乡村发展区, 生态保护区 … under
         * 划定国土空间规划分区).
         */
        static boolean startsNewList(OutlineNode innermost, OutlineNode heading, List<String> upcoming) {
            for (OutlineNode n = innermost; n != null && n.numbered == Numbered.FLAT; n = n.parent) {
                if (score(n, heading) >= NEW_LIST_CEILING) {
                    return false;
                }
            }
            int alike = 0;
            for (String next : upcoming) {
                if (TitleSimilarity.of(heading.title(), next) >= NEW_LIST_FLOOR) {
                    alike++;
                }
            }
            return alike >= 1;
        }

        /** Whether any heading of the list that {@code member} ends so far is a contents entry. */
        private static boolean hasToc(OutlineNode member) {
            for (OutlineNode sibling : member.parent.children) {
                if (sibling.toc) {
                    return true;
                }
                if (sibling == member) {
                    break;
                }
            }
            return false;
        }

        /** How well the heading fits the list that {@code member} ends so far. */
        static double score(OutlineNode member, OutlineNode heading) {
            String title = heading.title();
            double s = 0;
            for (OutlineNode sibling : member.parent.children) {
                if (sibling.numbered == Numbered.FLAT) {
                    s = Math.max(s, TitleSimilarity.of(title, sibling.title()));
                }
                if (sibling == member) {
                    break;
                }
            }
            return Math.max(s, TitleSimilarity.containedIn(title, member.parent.title()));
        }
    }

    /** Finds the number a flattening export wrote for every level, if it did. */
    static final class FlattenedNumbering {
        private FlattenedNumbering() {
        }

        /** The number as written ("1.") when most arabic-numbered headings repeat it, else null. */
        static String detect(List<SourceLine> lines) {
            Map<String, Integer> counts = new HashMap<>();
            int total = 0;
            for (SourceLine l : lines) {
                if ((l.type() == LineType.HEADING || l.type() == LineType.EMPTY_HEADING)
                        && l.numbered().orElseThrow().style() == NumberingStyle.ARABIC_DOT) {
                    counts.merge(l.numbered().get().num(), 1, Integer::sum);
                    total++;
                }
            }
            String top = null;
            int topCount = 0;
            for (var e : counts.entrySet()) {
                if (e.getValue() > topCount) {
                    top = e.getKey();
                    topCount = e.getValue();
                }
            }
            return topCount >= 5 && topCount * 10 >= total * 8 ? top : null;
        }
    }
}
