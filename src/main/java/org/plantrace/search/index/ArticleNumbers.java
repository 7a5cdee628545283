package org.plantrace.search.index;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plantrace.ingest.numbering.Numbering;

/**
 * Article numbers as planners write them — 第十七条, 第17条, 17条 — read to their value, so that a
 * clause is indexed under the number its page shows and a query naming an article finds it
 * whichever way the number is written.
 */
public final class ArticleNumbers {
    private static final String DIGITS = "([0-9０-９]+|[零〇一二两三四五六七八九十百千]+)";
    /** A whole article number: 第十七条, 第17条; the 第 may be left out in a query (17条). */
    private static final Pattern ARTICLE = Pattern.compile("第?" + DIGITS + "条");
    /**
     * The same inside a query (第十七条耕地, 耕地 17条). Without 第 the number must stand alone, so that
     * 三条控制线 or 一条河 are words, not article numbers.
     */
    private static final Pattern IN_QUERY = Pattern.compile("(?<![\\p{IsHan}0-9０-９])(?:第" + DIGITS + "条|"
            + DIGITS + "条(?![\\p{IsHan}]))");

    private ArticleNumbers() {
    }

    /** The value of a displayed article number (第十七条 → 17); empty for any other number. */
    public static OptionalInt ofDisplay(String number) {
        Matcher m = ARTICLE.matcher(number.strip());
        return m.matches() ? value(m.group(1)) : OptionalInt.empty();
    }

    /** The article a query names (第十七条, 第17条, 17条), if it names one. */
    public static OptionalInt inQuery(String query) {
        Matcher m = IN_QUERY.matcher(query);
        return m.find() ? value(m.group(1) != null ? m.group(1) : m.group(2)) : OptionalInt.empty();
    }

    private static OptionalInt value(String digits) {
        int v = Numbering.value(digits);
        return v > 0 ? OptionalInt.of(v) : OptionalInt.empty();
    }
}
