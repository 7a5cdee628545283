package org.plantrace.ingest.text;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.plantrace.ingest.text.OutlineNode.Numbered;

/**
 * Where a flattened "1." heading that follows body text goes: on in the list it is in, out to an
 * enclosing list, or into a new list inside the current clause. The rules, in order:
 * <ol>
 *   <li>a heading the current clause's text names, together with a heading after it, starts a
 *       list inside that clause (…以自然保护区为主体、自然公园以及风景名胜区为补充…); so does a
 *       heading that is one of the parts the text announces by count (构建“城镇—乡村”两级社区生活圈
 *       → 乡村社区生活圈, 城镇社区生活圈; see {@link #announcesPart});</li>
 *   <li>a heading with no text of its own heads the list under it while the headings repeat its
 *       words (保护风景资源 → 保护水文风景资源, 保护生物风景资源);</li>
 *   <li>a heading with sub-headings that a chapter's introduction names is a section of it;</li>
 *   <li>its own sub-headings must fit: flattened lists nest at most three deep below a chapter or
 *       section, so a heading that heads a chain of sub-headings stands high enough for them;</li>
 *   <li>a heading unlike every open list but like the headings after it starts a new list;</li>
 *   <li>a table-of-contents heading climbs out of lists of plain items, but a heading with text
 *       and no sub-headings does not become a section;</li>
 *   <li>otherwise it continues the list it is most alike, staying in the innermost list unless an
 *       outer one is clearly more alike, or the innermost list is closed to it (see
 *       {@link #closedTo}).</li>
 * </ol>
 */
final class ListPlacement {
    /** How much more alike an outer list must be before a heading leaves the inner one … */
    static final double LEAVE_LIST_MARGIN = 0.15;
    /** … and alike at least this much: a faint likeness (equal length, say) moves nothing. */
    static final double LEAVE_LIST_FLOOR = 0.3;
    /** A heading this unlike every open list may start a new one … */
    static final double NEW_LIST_CEILING = 0.25;
    /** … when it is at least this like a heading that follows. */
    static final double NEW_LIST_FLOOR = 0.5;
    /** Below a chapter or section, flattened lists nest three deep: 节/条 › 条/款 › 款/项. */
    static final int MAX_RANK = 2;
    /** Share of a heading's words a chapter introduction must have to name it as a section. */
    static final double SECTION_NAMED = 0.7;
    /** Share of an empty heading's words its list's headings repeat (保护风景资源 › 保护水文风景资源: 0.8). */
    static final double HEADS_LIST = 0.7;
    /** A count of parts: a numeral and a measure word (两级, 三类, 四大, 两个层次) before the counted thing. */
    private static final String PART_NUMERALS = "两二三四五六七八九十";
    private static final List<String> PART_MEASURES = List.of("级", "类", "种", "大", "个", "层次", "层级");
    /** Headings of at most this many characters are names (航空, 铁路, 主干路) … */
    static final int SHORT_NAME = 4;

    private ListPlacement() {
    }

    /**
     * What follows the heading.
     *
     * @param chain    1 + the number of headings directly under it (1 when text follows it)
     * @param leaf     text follows it directly
     * @param upcoming titles of the next headings that, like it, follow text
     */
    record Lookahead(int chain, boolean leaf, List<String> upcoming) {
    }

    /**
     * The clause to attach the heading to, whether the choice was a close call, and whether it left
     * the list of a heading without text of its own with no cue to say so (items or articles?).
     */
    record Decision(OutlineNode parent, boolean doubtful, boolean leftUntextedList) {
        Decision(OutlineNode parent, boolean doubtful) {
            this(parent, doubtful, false);
        }
    }

    static Decision place(OutlineNode current, OutlineNode heading, Lookahead ahead) {
        if (rank(current) + ahead.chain() <= MAX_RANK
                && (announces(current, heading.title(), ahead) || announcesPart(current, heading.title(), ahead))) {
            current.announcedList = true;
            return new Decision(current, false);
        }
        OutlineNode inner = current;
        while (inner.numbered == Numbered.EXPLICIT) {
            inner = inner.parent; // a conventionally numbered list (1．2．3．) ends at the next "1."
        }
        if (inner.numbered != Numbered.FLAT) {
            return new Decision(inner, false);
        }
        int maxRank = MAX_RANK - (ahead.chain() - 1);
        boolean forced = false;
        while (rank(inner) > maxRank && isFlat(inner.parent)) {
            inner = inner.parent;
            forced = true;
        }
        OutlineNode chapter = chapterOf(inner);
        if (!ahead.leaf() && chapter != null && announcesSection(chapter, heading.title())) {
            return new Decision(chapter, false);
        }
        if (forced) {
            return choose(inner, heading, true, false);
        }
        if (isFlat(inner.parent) && inner.parent.announcedList && (names(inner.parent, heading.title())
                || announcesPart(inner.parent, heading.title(), null))) {
            return new Decision(inner.parent, false);
        }
        if (isFlat(inner.parent) && inner.parent.clause.textLength() == 0
                && TitleSimilarity.coveredBy(inner.parent.title(), heading.title()) >= HEADS_LIST) {
            return new Decision(inner.parent, false);
        }
        if (rank(inner) + ahead.chain() <= MAX_RANK && startsNewList(inner, heading, ahead.upcoming())) {
            return new Decision(inner, false);
        }
        OutlineNode listed = inner;
        while (heading.toc && !hasToc(inner) && isFlat(inner.parent) && !(ahead.leaf() && isSectionList(inner.parent))) {
            inner = inner.parent;
        }
        Decision d = choose(inner, heading, false, ahead.leaf());
        // the list of a heading without text: no cue tells whether the heading ends it — unless Word listed
        // it in the table of contents with the headings above the list, or it is clearly more like the
        // headings of the list above (合理安排草地资源保护与利用 after 科学推进林地资源保护与利用's items)
        if (heading.toc || d.parent() == listed.parent || !isFlat(listed.parent)
                || listed.parent.clause.textLength() > 0) {
            return d;
        }
        double outer = score(listed.parent, heading);
        boolean decided = outer >= LEAVE_LIST_FLOOR && outer >= score(listed, heading) + LEAVE_LIST_MARGIN;
        return decided ? d : new Decision(d.parent(), d.doubtful(), true);
    }

    private static Decision choose(OutlineNode innermost, OutlineNode heading, boolean settled, boolean leaf) {
        boolean mustLeave = !settled && closedTo(innermost, heading);
        double innerScore = mustLeave ? Double.NEGATIVE_INFINITY : score(innermost, heading);
        OutlineNode best = innermost;
        double bestScore = innerScore;
        for (OutlineNode n = innermost.parent; isFlat(n); n = n.parent) {
            if (leaf && isSectionList(n)) {
                continue; // text right under its title: an article, not a section
            }
            double s = score(n, heading);
            if (s > bestScore) {
                best = n;
                bestScore = s;
            }
        }
        if (mustLeave && best == innermost && isFlat(innermost.parent)
                && !(leaf && isSectionList(innermost.parent))) {
            best = innermost.parent;
        }
        boolean leaves = best != innermost
                && (mustLeave || bestScore >= innerScore + LEAVE_LIST_MARGIN && bestScore >= LEAVE_LIST_FLOOR);
        OutlineNode chosen = leaves ? best : innermost;
        boolean doubtful = best != innermost && !mustLeave && Math.abs(bestScore - innerScore) < LEAVE_LIST_MARGIN
                && bestScore > LEAVE_LIST_FLOOR;
        return new Decision(chosen.parent, doubtful);
    }

    /**
     * Whether the list that {@code member} ends so far cannot take the heading:
     * <ul>
     *   <li>its headings all repeat a term of their parent's title that the grandparent's title
     *       lacks (湿地 under 持续强化湿地资源保护与利用) and the heading lacks it;</li>
     *   <li>its headings all begin with the same word (保护…, 保护…) and the heading does not;</li>
     *   <li>its headings are short names (航空, 铁路, 公路) and the heading is a long title.</li>
     * </ul>
     */
    static boolean closedTo(OutlineNode member, OutlineNode heading) {
        OutlineNode parent = member.parent;
        if (!isFlat(parent)) {
            return false;
        }
        List<OutlineNode> list = listOf(member);
        if (list.size() < 2) {
            return false;
        }
        Set<String> shared = null;
        String prefix = null;
        boolean samePrefix = true;
        int longest = 0;
        for (OutlineNode sibling : list) {
            Set<String> common = TitleSimilarity.sharedBigrams(sibling.title(), parent.title());
            if (shared == null) {
                shared = new HashSet<>(common);
            } else {
                shared.retainAll(common);
            }
            String letters = TitleSimilarity.letters(sibling.title());
            String p = letters.length() >= 2 ? letters.substring(0, 2) : letters;
            samePrefix &= prefix == null || prefix.equals(p);
            prefix = p;
            longest = Math.max(longest, letters.length());
        }
        // Words the grandparent's title has too (规划, 资源) say nothing about this list.
        if (parent.parent != null) {
            shared.removeAll(TitleSimilarity.sharedBigrams(parent.title(), parent.parent.title()));
        }
        String title = TitleSimilarity.letters(heading.title());
        if (!shared.isEmpty() && !TitleSimilarity.sharedBigrams(heading.title(), parent.title()).containsAll(shared)) {
            return true;
        }
        if (samePrefix && prefix.length() == 2 && !title.startsWith(prefix)) {
            return true;
        }
        return longest <= SHORT_NAME && title.length() > 2 * longest;
    }

    /**
     * After text, a heading unlike every open list, but like a heading that follows it and echoing
     * the current clause's title, opens a list of its own inside the current clause (农田保护区,
     * 乡村发展区, 生态保护区 … under 划定国土空间规划分区).
     */
    static boolean startsNewList(OutlineNode innermost, OutlineNode heading, List<String> upcoming) {
        if (!echoes(heading.title(), innermost.title())) {
            return false;
        }
        for (OutlineNode n = innermost; isFlat(n); n = n.parent) {
            if (score(n, heading) >= NEW_LIST_CEILING) {
                return false;
            }
        }
        for (String next : upcoming) {
            if (TitleSimilarity.of(heading.title(), next) >= NEW_LIST_FLOOR) {
                return true;
            }
        }
        return false;
    }

    /**
     * The items of a list are kinds of what their parent names: they share a word with its title,
     * or end in its head character (农田保护区 under 划定国土空间规划分区).
     */
    static boolean echoes(String item, String parent) {
        String i = TitleSimilarity.letters(item);
        String p = TitleSimilarity.letters(parent);
        return !i.isEmpty() && (p.indexOf(i.charAt(i.length() - 1)) >= 0
                || !TitleSimilarity.sharedBigrams(item, parent).isEmpty());
    }

    /**
     * The clause's own text names the heading and also a heading that follows it: it announces a
     * list (…形成主干路、次干路、支路三级…). A single name in passing (市级专项规划) is not enough.
     */
    static boolean announces(OutlineNode clause, String title, Lookahead ahead) {
        if (!names(clause, title)) {
            return false;
        }
        String text = TitleSimilarity.letters(clause.clause.text());
        if (ahead.upcoming().isEmpty()) {
            return true;
        }
        for (String next : ahead.upcoming()) {
            String n = TitleSimilarity.letters(next);
            if (n.length() >= 2 && text.contains(n)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The clause's text announces its parts by count and the heading is one of them: the text says
     * how many (两级社区生活圈), the heading ends in the counted thing (乡村社区生活圈) and its own
     * part (乡村) is named in the text; with a heading after it, that one must be a part too
     * ({@code ahead} null: a later part, the list already announced).
     */
    static boolean announcesPart(OutlineNode clause, String title, Lookahead ahead) {
        if (clause.clause.textLength() == 0) {
            return false;
        }
        String text = clause.clause.text();
        String head = countedHead(title, text);
        if (head == null) {
            return false;
        }
        if (ahead == null || ahead.upcoming().isEmpty()) {
            return true;
        }
        String next = TitleSimilarity.letters(ahead.upcoming().get(0));
        return next.endsWith(head) && next.length() - head.length() >= 2
                && text.contains(next.substring(0, next.length() - head.length()));
    }

    /**
     * The counted thing the title ends in, or null: the title is a part named in the text (≥ 2
     * characters) followed by a thing the text counts (两级社区生活圈, ≥ 2 characters). Searched from
     * the title's side — a heading is short, a text long and seldom counting anything.
     */
    private static String countedHead(String title, String text) {
        String t = TitleSimilarity.letters(title);
        for (int split = 2; split <= t.length() - 2; split++) {
            String head = t.substring(split);
            for (int at = text.indexOf(head); at >= 0; at = text.indexOf(head, at + 1)) {
                if (countedAt(text, at) && text.contains(t.substring(0, split))) {
                    return head;
                }
            }
        }
        return null;
    }

    /** A count ends just before {@code at}: a numeral and a measure word (两级, 三类, 四大, 两个层次). */
    private static boolean countedAt(String text, int at) {
        for (String measure : PART_MEASURES) {
            int m = at - measure.length();
            if (m >= 1 && text.startsWith(measure, m) && PART_NUMERALS.indexOf(text.charAt(m - 1)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * A chapter without 第N节 whose introduction names a heading with sub-headings (…实施规划全生命
     * 周期管理，明确近期行动…) has it as one of its sections.
     */
    static boolean announcesSection(OutlineNode chapter, String title) {
        if (chapter.children.stream().anyMatch(c -> c.numbered == Numbered.SECTION)) {
            return false;
        }
        return TitleSimilarity.coveredBy(title, chapter.clause.text()) >= SECTION_NAMED;
    }

    private static OutlineNode chapterOf(OutlineNode n) {
        for (OutlineNode p = n; p != null; p = p.parent) {
            if (p.numbered == Numbered.CHAPTER) {
                return p;
            }
        }
        return null;
    }

    /** The clause's own text names the title. */
    static boolean names(OutlineNode clause, String title) {
        String t = TitleSimilarity.letters(title);
        return t.length() >= 2 && TitleSimilarity.letters(clause.clause.text()).contains(t);
    }

    /** How well the heading fits the list that {@code member} ends so far. */
    static double score(OutlineNode member, OutlineNode heading) {
        double s = 0;
        for (OutlineNode sibling : listOf(member)) {
            s = Math.max(s, TitleSimilarity.of(heading.title(), sibling.title()));
        }
        return Math.max(s, TitleSimilarity.containedIn(heading.title(), member.parent.title()));
    }

    /** The flattened headings of {@code member}'s list, up to and including it. */
    private static List<OutlineNode> listOf(OutlineNode member) {
        List<OutlineNode> list = new java.util.ArrayList<>();
        for (OutlineNode sibling : member.parent.children) {
            if (sibling.numbered == Numbered.FLAT) {
                list.add(sibling);
            }
            if (sibling == member) {
                break;
            }
        }
        return list;
    }

    /**
     * The top list of a chapter without 第N节 whose headings all hold sub-headings: sections in
     * all but name. A heading with its text right under it does not join them.
     */
    private static boolean isSectionList(OutlineNode member) {
        return rank(member) == 0 && member.parent.numbered == Numbered.CHAPTER
                && listOf(member).stream().allMatch(n -> !n.children.isEmpty());
    }

    private static boolean hasToc(OutlineNode member) {
        return listOf(member).stream().anyMatch(n -> n.toc);
    }

    private static boolean isFlat(OutlineNode n) {
        return n != null && n.numbered == Numbered.FLAT;
    }

    /** How many flattened lists the node is nested in below its chapter or section: 0 at the top. */
    static int rank(OutlineNode n) {
        int r = 0;
        for (OutlineNode p = n.parent; p != null && (p.numbered == Numbered.FLAT || p.numbered == Numbered.EXPLICIT);
                p = p.parent) {
            r++;
        }
        return r;
    }
}
