package org.plantrace.ingest.numbering;

/**
 * Where a numbered heading goes among the clauses open above it, by the rule every reader shares:
 * conventional numbering nests by order of appearance. A number continues the innermost open list
 * of its own form (style and separator: 1． and 1、 and （1） are three lists), which closes
 * everything opened after that list; a form not open yet starts a new list one level below the
 * innermost clause. The search stops at a clause whose level is known from elsewhere — a chapter, a
 * Word heading style — and articles (第X条) do not continue across a section, because plans number
 * them through the whole text.
 *
 * <p>Levels of new lists follow the text reader's kinds: the first list below a chapter or section
 * holds its articles, deeper lists are items and sub-items (章 › 节 › 条 › 款 › 项).
 */
public final class NumberNesting {

    /** How far the search for a list to continue may go past an open clause. */
    public enum Stop {
        /** a list entry: look further out */
        NONE,
        /** a section: only articles stop here */
        ARTICLES,
        /** a chapter, a styled heading, the top: the search ends */
        ALWAYS
    }

    /** An open clause as the nesting sees it. */
    public interface Open {
        /** The list key ({@link #listKey}) of its number, or null when it is not a list entry. */
        String listKey();

        Stop stop();

        /** The open clause it is in, or null at the top. */
        Open enclosing();
    }

    private NumberNesting() {
    }

    /** The form of a number with its separator: ARABIC_DOT:． for 1．, CHINESE_PAREN:（） for （一）. */
    public static String listKey(NumberedLine n) {
        String separator = n.style() == NumberingStyle.CIRCLED ? ""
                : n.num().replaceAll("[0-9０-９一二三四五六七八九十百千零〇两第]", "");
        return n.style().name() + ":" + separator;
    }

    /** True for 第X章, 第X节, 第X条, whose form fixes their level wherever they stand. */
    public static boolean fixesLevel(NumberedLine n) {
        return n.style().naturalLevel() <= NumberingStyle.ARTICLE.naturalLevel();
    }

    /**
     * The open list entry of the same form that the number continues (its previous sibling), or
     * null when it starts a new list below {@code innermost}.
     */
    public static <T extends Open> T sibling(T innermost, String listKey) {
        boolean article = listKey.startsWith(NumberingStyle.ARTICLE.name() + ":");
        for (Open o = innermost; o != null; o = o.enclosing()) {
            if (listKey.equals(o.listKey())) {
                @SuppressWarnings("unchecked")
                T found = (T) o;
                return found;
            }
            if (o.stop() == Stop.ALWAYS || (o.stop() == Stop.ARTICLES && article)) {
                return null;
            }
        }
        return null;
    }

    /** The outline level of a new list opened below a clause of {@code parentLevel} (0 at the top). */
    public static int levelBelow(int parentLevel) {
        return Math.max(parentLevel + 1, 3);
    }
}
