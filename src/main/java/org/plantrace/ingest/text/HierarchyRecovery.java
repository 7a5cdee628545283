package org.plantrace.ingest.text;

import java.util.ArrayList;
import java.util.List;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseKind;
import org.plantrace.ingest.ParseWarning;
import org.plantrace.ingest.numbering.NumberNesting;
import org.plantrace.ingest.numbering.NumberedLine;
import org.plantrace.ingest.numbering.NumberingStyle;
import org.plantrace.ingest.text.OutlineNode.Numbered;

/**
 * Rebuilds the clause tree of a plain-text plan from its classified lines.
 *
 * <p>Conventional numbering (第一章, 第一节, 第1条, 一、, （一）, 1．, （1）, ①) is nested by the order
 * in which styles appear: a style already open closes everything opened after it. A Word export
 * that flattened every level to "1." needs context instead: chapters are told by a blank line or
 * indentation before them and an introductory paragraph after; a heading directly followed by
 * another contains it; after body text, {@link ListPlacement} decides which open list a heading
 * continues; {@link KindAssignment} then names the levels 章 › 节 › 条 › 款 › 项. Where the signals
 * are weak the parse report says so, so that a drafter checks the level.
 */
final class HierarchyRecovery {

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
        ListPlacement.Decision decision = ListPlacement.place(current, node, lookahead(line.number()));
        if (decision.leftUntextedList()) {
            warnings.add(new ParseWarning(line.location(), "“" + node.title() + "”跟在无正文标题“"
                    + current.parent.title() + "”的下级之后，原文没有线索说明它是其下一项还是另起一条；已归入“"
                    + (decision.parent().title().isEmpty() ? "无标题的上级" : decision.parent().title())
                    + "”之下，层级不确定，请核对"));
        } else if (decision.doubtful()) {
            warnings.add(new ParseWarning(line.location(), "“" + node.title() + "”的层级不确定（与上下文标题相似度接近），已归入“"
                    + decision.parent().title() + "”之下；请核对"));
        }
        attach(decision.parent(), node);
    }

    /** Conventional numbering: a style already open closes what was opened after it ({@link NumberNesting}). */
    private void placeExplicit(OutlineNode node, SourceLine line) {
        OutlineNode sibling = NumberNesting.sibling(current, node.styleKey);
        if (sibling != null) {
            if (node.value != sibling.value + 1 && node.value != 1) {
                warnings.add(new ParseWarning(line.location(), "编号不连续：" + sibling.clause.num() + " 之后是 "
                        + node.clause.num()));
            }
            attach(sibling.parent, node);
            return;
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
     * What follows a heading: how many headings nest directly under it (a chain of headings each
     * followed by the next), whether text follows it, and the titles of the next few headings that
     * follow text as it does — the candidates for being its siblings.
     */
    private ListPlacement.Lookahead lookahead(int lineNumber) {
        int chain = 1;
        int j = lineNumber;
        while (j < lines.size()) {
            SourceLine l = lines.get(j);
            if (l.type() == LineType.HEADING) {
                chain++;
            } else if (l.type() != LineType.BLANK && l.type() != LineType.EMPTY_HEADING) {
                break;
            }
            j++;
        }
        List<String> upcoming = new ArrayList<>();
        boolean afterBody = false;
        for (int k = lineNumber; k < lines.size() && upcoming.size() < 3; k++) {
            SourceLine l = lines.get(k);
            if (l.type() == LineType.BODY) {
                afterBody = true;
            } else if (l.type() == LineType.HEADING) {
                if (!afterBody || l.numbered().orElseThrow().style() != NumberingStyle.ARABIC_DOT) {
                    break;
                }
                upcoming.add(l.title());
                afterBody = false;
            }
        }
        return new ListPlacement.Lookahead(chain, chain == 1, upcoming);
    }

    private OutlineNode node(SourceLine line, NumberedLine n, Numbered numbered) {
        Clause c = clauseAt(ClauseKind.ARTICLE, n.num(), line.title(), line);
        return new OutlineNode(c, numbered, styleKey(n), n.value(), line.number());
    }

    private static String styleKey(NumberedLine n) {
        return NumberNesting.listKey(n);
    }

    private static Clause clauseAt(ClauseKind kind, String num, String heading, SourceLine line) {
        Clause c = new Clause(kind, num, heading);
        c.setLocation(line.location());
        return c;
    }
}
