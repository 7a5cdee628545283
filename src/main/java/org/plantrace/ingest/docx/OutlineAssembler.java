package org.plantrace.ingest.docx;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseKind;
import org.plantrace.domain.clause.MandatoryProvenance;
import org.plantrace.domain.clause.Span;
import org.plantrace.ingest.ParseWarning;
import org.plantrace.ingest.matter.PlanMatter;
import org.plantrace.ingest.numbering.ItemShape;
import org.plantrace.ingest.numbering.NumberNesting;
import org.plantrace.ingest.numbering.NumberedLine;
import org.plantrace.ingest.numbering.Numbering;
import org.plantrace.ingest.numbering.NumberingStyle;

/**
 * Builds the clause forest from the document's paragraphs and tables, in order, independent of
 * docx4j.
 *
 * <p>Rules, in the order they are tried for a paragraph:
 * <ol>
 * <li>Title: Title-style paragraphs before any content, or failing that a first short paragraph
 * that reads like a plan's name (《…》 or containing 规划, no sentence punctuation), give the
 * document title and are not body text.
 * <li>Heading: a paragraph with an outline level (heading style or w:outlineLvl) opens a clause of
 * {@link ClauseKind#forLevel} kind. Its number is the Word list label, or failing that a number
 * typed at the start of the text (第一章, 一、 …), and is kept out of the heading. An unnumbered
 * level-1 heading 前言 / 序言 / 引言 opens the top-level PARAGRAPH clause instead.
 * <li>Numbered list paragraph (not a heading style): if the number says 第…章/节/条 it is a heading
 * of that level. Otherwise it is an item one level below the nearest heading, and at least an ITEM
 * (level 4), deeper by its list level relative to the first item of the list. Its text decides its
 * shape: a short line without sentence punctuation is the item's heading; "title。body" or
 * "title：body" with a title of at most 20 characters gives heading and own text (the 。 or ：
 * between them is a separator, like the space after a number); any other sentence is the item's own
 * text with an empty heading. Bullets are not numbers: those paragraphs are body text.
 * <li>Body: appended to the innermost open clause; before the first heading to a top-level
 * PARAGRAPH clause.
 * </ol>
 * Tables become TABLE clauses under the innermost open clause. Underlined text in body and tables
 * becomes mandatory spans; underline in a heading marks its clause mandatory (provenance
 * UNDERLINE) without a span, since spans index the clause's own text and not its heading.
 */
final class OutlineAssembler {

    private enum Role { HEADING, LIST_ITEM, PREAMBLE }

    /** An open clause; {@code listKey} is set for a number typed into the text (1．, （一）). */
    private record Open(Clause clause, int level, Role role, int baseIlvl, String listKey, Open enclosing)
            implements NumberNesting.Open {
        @Override
        public NumberNesting.Stop stop() {
            // a styled heading's level is known; typed and Word-list items nest by form
            return role == Role.LIST_ITEM ? NumberNesting.Stop.NONE : NumberNesting.Stop.ALWAYS;
        }
    }

    private final List<Clause> roots = new ArrayList<>();
    private final List<ParseWarning> warnings = new ArrayList<>();
    private final Deque<Open> open = new ArrayDeque<>();
    private final NumberSequence sequence = new NumberSequence();
    private String title;
    private boolean anyContent;
    private final DocumentMatter matter = new DocumentMatter();

    void paragraph(int paragraphNo, MarkedText raw, int outlineLevel, ListNumbering.Label label, boolean titleStyle) {
        MarkedText text = raw.strip();
        String location = "第 " + paragraphNo + " 段";
        ListNumbering.Label number = label != null && !label.bullet() && !label.text().isBlank() ? label : null;
        if (!anyContent && outlineLevel == 0 && number == null && titleStyle) {
            if (!text.isEmpty()) {
                title = title == null ? text.text() : title + text.text();
            }
            return;
        }
        Optional<NumberedLine> typed = outlineLevel == 0 && number == null ? Numbering.parse(text.text())
                : Optional.empty();
        boolean numbered = number != null || (outlineLevel > 0 ? Numbering.parse(text.text()) : typed).isPresent();
        DocumentMatter.Role role = matter.classify(text.text(), location, !anyContent, numbered, outlineLevel > 0,
                title != null);
        switch (role) {
            case TITLE -> title = text.text();
            case COVER, CONTENTS -> {
                // not plan text; the parse report lists them
            }
            case PREAMBLE -> preamble(location, text);
            case APPENDIX -> appendix(location, text);
            default -> {
                if (outlineLevel > 0) {
                    heading(location, text, outlineLevel, number == null ? "" : number.text());
                } else if (number != null) {
                    listItem(location, text, number);
                } else if (typed.isPresent()) {
                    typedNumber(location, text, typed.get());
                } else if (!text.isEmpty()) {
                    body(location, text);
                }
            }
        }
    }

    /** 附表1 规划指标表, 附录, 名词解释: a top-level clause of its own kind after the chapters. */
    private void appendix(String location, MarkedText text) {
        PlanMatter.Appendix a = PlanMatter.appendix(text.text()).orElseThrow();
        Clause clause = new Clause(ClauseKind.APPENDIX, a.label(), a.title());
        clause.setLocation(location);
        markHeadingUnderline(clause, text);
        open.clear();
        roots.add(clause);
        open.push(new Open(clause, 1, Role.HEADING, 0, null, null));
    }

    private void preamble(String location, MarkedText name) {
        anyContent = true;
        open.clear();
        Clause preamble = new Clause(ClauseKind.PARAGRAPH, "", name.text());
        preamble.setLocation(location);
        markHeadingUnderline(preamble, name);
        roots.add(preamble);
        open.push(new Open(preamble, 1, Role.PREAMBLE, 0, null, null));
    }

    void table(int paragraphNo, MarkedText raw) {
        String location = "第 " + paragraphNo + " 段";
        // not stripped: a leading or trailing tab is an empty cell and keeps the columns aligned
        MarkedText text = raw;
        if (text.text().isBlank()) {
            warn(location, "空表格（没有文字）已忽略");
            return;
        }
        anyContent = true;
        Clause table = new Clause(ClauseKind.TABLE, "", "");
        table.setLocation(location);
        appendTo(table, text);
        if (open.isEmpty()) {
            roots.add(table);
        } else {
            open.peek().clause().addChild(table);
        }
    }

    void warn(String location, String message) {
        warnings.add(new ParseWarning(location, message));
    }

    Optional<String> title() {
        return Optional.ofNullable(title).map(String::strip).filter(t -> !t.isEmpty());
    }

    List<Clause> clauses() {
        return roots;
    }

    List<ParseWarning> warnings() {
        List<ParseWarning> all = new ArrayList<>();
        for (String[] w : matter.report()) {
            all.add(new ParseWarning(w[0], w[1]));
        }
        all.addAll(warnings);
        return all;
    }

    private void heading(String location, MarkedText text, int level, String listNumber) {
        String num = listNumber;
        MarkedText name = text;
        if (num.isEmpty()) {
            Optional<NumberedLine> typed = Numbering.parse(text.text());
            if (typed.isPresent()) {
                num = typed.get().num();
                name = text.sub(text.text().length() - typed.get().rest().length());
            }
        }
        if (level == 1 && num.isEmpty() && PlanMatter.isPreambleHeading(name.text())) {
            preamble(location, name);
            return;
        }
        if (name.isEmpty()) {
            if (num.isEmpty()) {
                warn(location, "空的第 " + level + " 级标题段落（没有编号也没有文字）已忽略");
                return;
            }
            warn(location, "标题只有编号「" + num + "」，没有标题文字");
        }
        Optional<NumberingStyle> said = Numbering.parse(num).map(NumberedLine::style);
        if (said.isPresent() && said.get().naturalLevel() <= 3 && said.get().naturalLevel() != level) {
            warn(location, "标题样式为第 " + level + " 级（" + ClauseKind.forLevel(level).chineseName() + "），但编号「"
                    + num + "」表示" + ClauseKind.forLevel(said.get().naturalLevel()).chineseName()
                    + "，已按样式处理；请检查标题样式");
        }
        int current = currentHeadingLevel();
        if (level - current >= 2 && !(level == 3 && current <= 1)) {
            warn(location, "标题层级跳跃：第 " + level + " 级标题（" + ClauseKind.forLevel(level).chineseName() + "）直接出现在"
                    + (current == 0 ? "文档开头" : "第 " + current + " 级标题之下") + "，请检查标题样式是否正确");
        }
        Clause clause = new Clause(ClauseKind.forLevel(level), num, name.text());
        clause.setLocation(location);
        markHeadingUnderline(clause, name);
        attach(location, clause, level, Role.HEADING, 0);
    }

    private void listItem(String location, MarkedText text, ListNumbering.Label number) {
        Optional<NumberedLine> parsed = Numbering.parse(number.text());
        if (parsed.isPresent() && parsed.get().style().naturalLevel() <= 3) {
            heading(location, text, parsed.get().style().naturalLevel(), number.text()); // 第…章/节/条
            return;
        }
        if (text.isEmpty()) {
            warn(location, "列表段落只有编号「" + number.text() + "」，没有文字，已忽略");
            return;
        }
        int base = 0;
        int baseIlvl = number.ilvl();
        for (Open o : open) { // innermost first
            if (o.role() == Role.LIST_ITEM) {
                baseIlvl = o.baseIlvl();
            } else {
                base = o.role() == Role.HEADING ? o.level() : 0;
                break;
            }
        }
        int level = Math.max(base, 3) + 1 + Math.max(0, number.ilvl() - baseIlvl);
        ItemShape shape = ItemShape.of(text.text());
        MarkedText heading = text.sub(0, shape.headingEnd()).strip();
        MarkedText body = text.sub(shape.bodyStart()).strip();
        Clause item = new Clause(ClauseKind.forLevel(level), number.text(), heading.text());
        item.setLocation(location);
        markHeadingUnderline(item, heading);
        appendTo(item, body);
        attach(location, item, level, Role.LIST_ITEM, baseIlvl);
    }

    /**
     * A plain paragraph that starts with a number typed into the text, as many institutes write
     * sections, articles and items: 第X章/节/条 at their own level, other forms nested by order of
     * appearance ({@link NumberNesting}), words divided into heading and text by {@link ItemShape}.
     */
    private void typedNumber(String location, MarkedText text, NumberedLine n) {
        MarkedText words = text.sub(Math.min(n.end(), text.text().length())).strip();
        if (words.text().startsWith("、") || words.text().startsWith("．")) {
            words = words.sub(1).strip();
        }
        ItemShape shape = ItemShape.of(words.text());
        MarkedText heading = words.sub(0, shape.headingEnd()).strip();
        MarkedText own = words.sub(shape.bodyStart()).strip();
        int level;
        String key = null;
        if (NumberNesting.fixesLevel(n)) {
            level = n.style().naturalLevel();
            popTo(level);
        } else {
            key = NumberNesting.listKey(n);
            Open sibling = NumberNesting.sibling(open.peek(), key);
            if (sibling != null) {
                while (open.pop() != sibling) {
                    // close what was opened after the sibling
                }
                level = sibling.level();
            } else {
                Open parent = open.peek();
                level = NumberNesting.levelBelow(parent == null ? 0
                        : parent.role() == Role.PREAMBLE ? ClauseKind.ARTICLE.level() : parent.level());
            }
        }
        Clause clause = new Clause(ClauseKind.forLevel(level), n.num(), heading.text());
        clause.setLocation(location);
        markHeadingUnderline(clause, heading);
        appendTo(clause, own);
        anyContent = true;
        Clause parent = open.isEmpty() ? null : open.peek().clause();
        if (parent == null) {
            roots.add(clause);
        } else {
            parent.addChild(clause);
        }
        open.push(new Open(clause, level, key == null ? Role.HEADING : Role.LIST_ITEM, 0, key, open.peek()));
        sequence.next(parent, clause.num()).ifPresent(m -> warn(location, m));
    }

    private void popTo(int level) {
        while (!open.isEmpty() && open.peek().level() >= level) {
            open.pop();
        }
    }

    private void body(String location, MarkedText text) {
        anyContent = true;
        if (open.isEmpty()) {
            Clause preamble = new Clause(ClauseKind.PARAGRAPH, "", "");
            preamble.setLocation(location);
            roots.add(preamble);
            open.push(new Open(preamble, 1, Role.PREAMBLE, 0, null, null));
        }
        appendTo(open.peek().clause(), text);
    }

    private void attach(String location, Clause clause, int level, Role role, int baseIlvl) {
        anyContent = true;
        popTo(level);
        Clause parent = open.isEmpty() ? null : open.peek().clause();
        if (parent == null) {
            roots.add(clause);
        } else {
            parent.addChild(clause);
        }
        open.push(new Open(clause, level, role, baseIlvl, null, open.peek()));
        if (!clause.num().isEmpty()) {
            sequence.next(parent, clause.num()).ifPresent(m -> warn(location, m));
        }
    }

    private int currentHeadingLevel() {
        for (Open o : open) {
            if (o.role() != Role.PREAMBLE) {
                return o.level();
            }
        }
        return 0;
    }

    private static void appendTo(Clause clause, MarkedText text) {
        if (text.isEmpty()) {
            return;
        }
        int at = clause.appendParagraph(text.text());
        for (Span s : text.underlined()) {
            clause.addMandatorySpan(new Span(at + s.start(), at + s.end()));
        }
    }

    private static void markHeadingUnderline(Clause clause, MarkedText heading) {
        if (heading.anyUnderlined()) {
            clause.markMandatory(MandatoryProvenance.UNDERLINE);
        }
    }

    private static boolean containsAny(String s, String chars) {
        for (int i = 0; i < chars.length(); i++) {
            if (s.indexOf(chars.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
