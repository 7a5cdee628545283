package org.plantrace.ingest.text;

import java.util.ArrayList;
import java.util.List;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseKind;
import org.plantrace.ingest.numbering.NumberNesting;

/**
 * A heading while the hierarchy is being recovered: the clause it will become plus what the
 * recovery needs to know about how it was numbered.
 */
final class OutlineNode implements NumberNesting.Open {
    /** How the heading was numbered, which decides what it may be a sibling of. */
    enum Numbered {
        /** The root, holding the chapters. */
        ROOT,
        /** 第一章, or a flattened number recognised as a chapter. */
        CHAPTER,
        /** 第1节 */
        SECTION,
        /** The export's flattened "1." that stands for every level. */
        FLAT,
        /** A numbering that still counts (1．2．3．, 一、二、, 第1条 …) in a conventional style. */
        EXPLICIT,
        /** Unnumbered text before the first chapter (前言). */
        PREFACE
    }

    final Clause clause;
    final Numbered numbered;
    /** For EXPLICIT nodes, the style and separator, so that 1． and （1） are told apart. */
    final String styleKey;
    final int value;
    final int line;
    final List<OutlineNode> children = new ArrayList<>();
    OutlineNode parent;
    /** Word listed it in a table of contents: a chapter, section or article, not a list item. */
    boolean toc;
    /** Its sub-headings were named in its own text first: the list holds just those. */
    boolean announcedList;

    OutlineNode(Clause clause, Numbered numbered, String styleKey, int value, int line) {
        this.clause = clause;
        this.numbered = numbered;
        this.styleKey = styleKey;
        this.value = value;
        this.line = line;
    }

    static OutlineNode root() {
        return new OutlineNode(new Clause(ClauseKind.PARAGRAPH, "", ""), Numbered.ROOT, null, 0, 0);
    }

    void add(OutlineNode child) {
        child.parent = this;
        children.add(child);
        clause.addChild(child.clause);
    }

    @Override
    public String listKey() {
        return numbered == Numbered.EXPLICIT ? styleKey : null;
    }

    @Override
    public NumberNesting.Stop stop() {
        return switch (numbered) {
            case ROOT, CHAPTER -> NumberNesting.Stop.ALWAYS;
            case SECTION -> NumberNesting.Stop.ARTICLES;
            default -> NumberNesting.Stop.NONE;
        };
    }

    @Override
    public OutlineNode enclosing() {
        return parent;
    }

    String title() {
        return clause.heading();
    }

    /** Levels of headings below this one: 0 for a heading with no sub-headings. */
    int height() {
        int h = 0;
        for (OutlineNode c : children) {
            h = Math.max(h, c.height() + 1);
        }
        return h;
    }
}
