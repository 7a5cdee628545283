package org.plantrace.ingest.pdf;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseKind;
import org.plantrace.domain.clause.MandatoryProvenance;
import org.plantrace.domain.clause.Span;
import org.plantrace.ingest.ParseWarning;
import org.plantrace.ingest.matter.PlanMatter;
import org.plantrace.ingest.numbering.NumberNesting;

/**
 * Nests blocks into the clause tree. A heading closes every open clause of its level or deeper and
 * opens a clause under what is left; the level comes from the number's form, so a chapter can hold
 * articles directly (总则). Body paragraphs go into the innermost open clause; before the first
 * heading they go into a top-level paragraph clause, headed by an unnumbered title line (前言) if
 * there is one. Every character of body text lands in exactly one clause.
 */
final class OutlineAssembler {
    private final List<Clause> roots = new ArrayList<>();
    private final Deque<Open> open = new ArrayDeque<>();
    private final NumberingCheck numbering = new NumberingCheck();
    private final List<ParseWarning> warnings = new ArrayList<>();
    private Clause preamble;
    private boolean sawHeading;

    /** An open clause; {@code listKey} is set for entries of a list nested by order of appearance. */
    private record Open(Clause clause, int level, String listKey, Open enclosing) implements NumberNesting.Open {
        @Override
        public NumberNesting.Stop stop() {
            return listKey != null ? NumberNesting.Stop.NONE
                    : level == ClauseKind.SECTION.level() ? NumberNesting.Stop.ARTICLES : NumberNesting.Stop.ALWAYS;
        }
    }

    List<Clause> assemble(List<Block> blocks) {
        for (Block b : blocks) {
            switch (b.type()) {
                case HEADING -> heading(b);
                case UNNUMBERED_HEADING -> unnumbered(b);
                case BODY -> body(b);
                case TABLE -> table(b);
            }
        }
        return roots;
    }

    List<ParseWarning> warnings() {
        List<ParseWarning> all = new ArrayList<>(warnings);
        all.addAll(numbering.warnings());
        return all;
    }

    /**
     * 第X章/节/条 close every open clause of their level or deeper; other forms nest by order of
     * appearance ({@link NumberNesting}), the rule the text and Word readers share.
     */
    private void heading(Block b) {
        sawHeading = true;
        HeadingNumber number = b.number();
        int level;
        String key = null;
        if (number.ordinal()) {
            level = number.level();
            while (!open.isEmpty() && open.peek().level() >= level) {
                open.pop();
            }
        } else {
            key = NumberNesting.listKey(number.line());
            Open sibling = NumberNesting.sibling(open.peek(), key);
            if (sibling != null) {
                while (open.pop() != sibling) {
                    // close what was opened after the sibling
                }
                level = sibling.level();
            } else {
                level = NumberNesting.levelBelow(open.isEmpty() ? 0 : open.peek().level());
            }
        }
        Clause parent = open.isEmpty() ? null : open.peek().clause();
        Clause clause = new Clause(ClauseKind.forLevel(Math.min(level, 5)), number.written(), b.text());
        String location = location(b.page());
        clause.setLocation(location);
        for (boolean u : b.underlined()) {
            if (u) {
                clause.markMandatory(MandatoryProvenance.UNDERLINE); // the item's own underline, not its siblings'
                break;
            }
        }
        numbering.check(parent, number, location);
        if (b.text().isEmpty() && number.ordinal() && number.level() < ClauseKind.ARTICLE.level()) {
            warnings.add(new ParseWarning(location, "“" + number.written() + "”没有标题"));
        }
        int parentLevel = open.isEmpty() ? 0 : open.peek().level();
        // 章 → 条 (总则) is a usual skip; two levels at once, or a section at the top of a text
        // with chapters, suggest a lost heading or a misread form
        boolean doubtful = parent == null ? level >= 4 : level - parentLevel > 2;
        if (doubtful) {
            warnings.add(new ParseWarning(location, "层级可疑：“" + clause.displayTitle() + "”直接位于"
                    + (parent == null ? "文档顶层" : "“" + parent.displayTitle() + "”之下") + "，中间可能缺少一级标题"));
        }
        if (parent == null) {
            roots.add(clause);
        } else {
            parent.addChild(clause);
        }
        open.push(new Open(clause, level, key, open.peek()));
    }

    private void unnumbered(Block b) {
        var appendix = sawHeading ? PlanMatter.appendix(b.text()) : java.util.Optional.<PlanMatter.Appendix>empty();
        if (appendix.isPresent()) {
            // 附表1 规划指标表, 附录, 名词解释: back matter, a top-level clause of its own kind
            Clause clause = new Clause(ClauseKind.APPENDIX, appendix.get().label(), appendix.get().title());
            clause.setLocation(location(b.page()));
            open.clear();
            roots.add(clause);
            open.push(new Open(clause, 1, null, null));
            return;
        }
        if (!sawHeading) {
            // 前言, 说明 …: a top-level paragraph clause of its own before the numbered text starts
            preamble = new Clause(ClauseKind.PARAGRAPH, "", b.text());
            preamble.setLocation(location(b.page()));
            roots.add(preamble);
            return;
        }
        warnings.add(new ParseWarning(location(b.page()),
                "无编号的标题样式行“" + b.text() + "”按正文处理，请确认它是否应是一级标题"));
        body(b);
    }

    private void body(Block b) {
        Clause target;
        if (!open.isEmpty()) {
            target = open.peek().clause();
        } else if (!sawHeading && preamble != null) {
            target = preamble;
        } else {
            // text before any heading, or a stray paragraph at the top level after the last clause closed
            preamble = new Clause(ClauseKind.PARAGRAPH, "", "");
            preamble.setLocation(location(b.page()));
            roots.add(preamble);
            target = preamble;
        }
        int offset = target.appendParagraph(b.text());
        boolean[] u = b.underlined();
        for (int i = 0; i < u.length; i++) {
            if (u[i]) {
                int j = i;
                while (j < u.length && u[j]) {
                    j++;
                }
                target.addMandatorySpan(new Span(offset + i, offset + j));
                i = j;
            }
        }
    }

    /** A table is a clause of its own under the innermost open clause, as in the Word reader. */
    private void table(Block b) {
        Clause table = new Clause(ClauseKind.TABLE, "", "");
        table.setLocation(location(b.page()));
        table.appendParagraph(b.text());
        boolean[] u = b.underlined();
        for (int i = 0; i < u.length; i++) {
            if (u[i]) {
                int j = i;
                while (j < u.length && u[j]) {
                    j++;
                }
                table.addMandatorySpan(new Span(i, j));
                i = j;
            }
        }
        if (open.isEmpty()) {
            roots.add(table);
        } else {
            open.peek().clause().addChild(table);
        }
    }

    static String location(int page) {
        return "第 " + page + " 页";
    }
}
