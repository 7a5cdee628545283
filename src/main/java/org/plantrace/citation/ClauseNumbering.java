package org.plantrace.citation;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseKind;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.ingest.numbering.Numbering;

/**
 * The numbers the pages show. A clause's {@code num()} is the source's and stays untouched; where
 * the source lost it this derives the conventional one from the clause's position, the way
 * Chinese plans number: chapters 第一章… through the plan, sections 第一节… within their chapter,
 * articles 第一条… continuously through the whole plan, items 一、… and sub-items （一）… within
 * their parent. Paragraphs and tables get none.
 *
 * <p>A number counts as lost when it is missing or when it is the plan's <em>flattened</em>
 * number: a Word text export that writes "1." for every level leaves one num on most headings,
 * repeated among siblings (the Hunyuan seed). Any other source number ({@code 第1节},
 * {@code 1．}) is real and shown as written.
 */
public final class ClauseNumbering {
    static final String LOST_NOTE = "编号按结构推定（原文编号已在导出时丢失）";
    static final String ABSENT_NOTE = "编号按结构推定（原文此处没有编号）";
    /** Fewer flattened headings than this could be a short real list 1. that happens to dominate. */
    private static final int MIN_FLATTENED = 3;

    private final String flattened;
    private final Map<Clause, DisplayNumber> numbers = new IdentityHashMap<>();
    /** The levels the source numbers with Arabic digits (第1节). */
    private final java.util.Set<ClauseKind> arabic = java.util.EnumSet.noneOf(ClauseKind.class);
    private static final java.util.regex.Pattern ARABIC = java.util.regex.Pattern.compile("第[0-9０-９]+[章节条]");
    private int chapters;
    private int articles;

    private ClauseNumbering(List<Clause> roots) {
        this.flattened = flattenedNum(roots).orElse(null);
        // one style per level (issue #14.1): where the source numbers a level 第1节, derived numbers of
        // that level follow it (第2节), not 第二节 beside 第1节
        ClauseTree.walk(roots, (c, p) -> {
            String num = c.num().strip();
            if (!num.equals(flattened) && ARABIC.matcher(num).matches()) {
                arabic.add(c.kind());
            }
        });
        number(roots);
    }

    /** Numbers every clause of the forest. */
    public static ClauseNumbering of(List<Clause> roots) {
        return new ClauseNumbering(roots);
    }

    /** The number to show for a clause of this forest; none for a clause from elsewhere. */
    public DisplayNumber of(Clause c) {
        return numbers.getOrDefault(c, DisplayNumber.NONE);
    }

    /** The num the export wrote on every level ("1."), when it did. */
    public Optional<String> flattened() {
        return Optional.ofNullable(flattened);
    }

    public boolean anyDerived() {
        return numbers.values().stream().anyMatch(DisplayNumber::derived);
    }

    /**
     * The num shared by most numbered headings and repeated among siblings of one kind, if any.
     * Real numbering counts siblings 1, 2, 3, so no num covers most headings and repeats; a
     * flattened export does both.
     */
    static Optional<String> flattenedNum(List<Clause> roots) {
        Map<String, Integer> counts = new HashMap<>();
        int[] numbered = {0};
        ClauseTree.walk(roots, (c, p) -> {
            String num = c.num().strip();
            if (c.kind().level() > 0 && !num.isEmpty()) {
                counts.merge(num, 1, Integer::sum);
                numbered[0]++;
            }
        });
        return counts.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .filter(e -> e.getValue() >= MIN_FLATTENED && 2 * e.getValue() > numbered[0])
                .map(Map.Entry::getKey)
                .filter(num -> repeatsAmongSiblings(roots, num));
    }

    private static boolean repeatsAmongSiblings(List<Clause> siblings, String num) {
        Map<ClauseKind, Integer> seen = new HashMap<>();
        for (Clause c : siblings) {
            if (c.num().strip().equals(num) && seen.merge(c.kind(), 1, Integer::sum) > 1) {
                return true;
            }
        }
        return siblings.stream().anyMatch(c -> repeatsAmongSiblings(c.children(), num));
    }

    private void number(List<Clause> siblings) {
        int sections = 0;
        int items = 0;
        int subItems = 0;
        for (Clause c : siblings) {
            // parents are numbered before their children, so chapters and articles count in reading order
            int ordinal = switch (c.kind()) {
                case CHAPTER -> ++chapters;
                case SECTION -> ++sections;
                case ARTICLE -> ++articles;
                case ITEM -> ++items;
                case SUB_ITEM -> ++subItems;
                case PARAGRAPH, TABLE, APPENDIX -> 0;
            };
            numbers.put(c, display(c, ordinal));
            number(c.children());
        }
    }

    private DisplayNumber display(Clause c, int ordinal) {
        String source = c.num().strip();
        boolean lost = source.equals(flattened);
        if (!source.isEmpty() && !lost) {
            return DisplayNumber.source(source);
        }
        String derived = arabic.contains(c.kind()) ? arabicStyle(c.kind(), ordinal) : conventional(c.kind(), ordinal);
        if (derived.isEmpty()) {
            return DisplayNumber.NONE;
        }
        return DisplayNumber.derived(derived, lost ? LOST_NOTE : ABSENT_NOTE);
    }

    /** 第3章, 第2节, 第12条: the Arabic style a source may use for these levels; the others as conventional. */
    static String arabicStyle(ClauseKind kind, int n) {
        return switch (kind) {
            case CHAPTER -> "第" + n + "章";
            case SECTION -> "第" + n + "节";
            case ARTICLE -> "第" + n + "条";
            default -> conventional(kind, n);
        };
    }

    /** The conventional number of the n-th clause of a kind: 第三章, 第一节, 第十二条, 二、, （一）. */
    static String conventional(ClauseKind kind, int n) {
        String cn = Numbering.chinese(n);
        return switch (kind) {
            case CHAPTER -> "第" + cn + "章";
            case SECTION -> "第" + cn + "节";
            case ARTICLE -> "第" + cn + "条";
            case ITEM -> cn + "、";
            case SUB_ITEM -> "（" + cn + "）";
            case PARAGRAPH, TABLE, APPENDIX -> "";
        };
    }
}
