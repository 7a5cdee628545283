package org.plantrace.conformance;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.ingest.InputRejectedException;

/**
 * Refuses a file that cannot be a township plan under review, before any finding is made: an
 * English (or otherwise non-Chinese) text, a text that is not a plan, and the county plan itself.
 * One line each, naming the file.
 */
public final class Submission {
    /** Below this share of Han characters among letters, a text is not a Chinese plan. */
    private static final double MIN_HAN_SHARE = 0.5;
    /** Fewer Han characters than this and there is nothing to review. */
    private static final int MIN_HAN = 40;
    /** When this share of the file's sentences are county sentences word for word, it is the county plan. */
    private static final double MAX_COUNTY_SHARE = 0.5;

    private Submission() {
    }

    public static void check(String fileName, String title, List<Clause> township, PlanVersion county)
            throws InputRejectedException {
        TownshipText text = new TownshipText(township);
        StringBuilder all = new StringBuilder(title == null ? "" : title);
        text.sentences().forEach(s -> all.append(s.text()));
        long han = all.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        long latin = all.codePoints().filter(c -> (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')).count();
        if (han < MIN_HAN && latin > han || (han + latin > 0 && (double) han / (han + latin) < MIN_HAN_SHARE)) {
            throw new InputRejectedException(fileName, "不是中文规划文本（主要是拉丁字母，如英文）；请提交乡镇国土空间总体规划文本"
                    + " / not a Chinese plan text (mostly Latin letters)");
        }
        if (han < MIN_HAN || !all.toString().contains("规划")) {
            throw new InputRejectedException(fileName, "不是规划文本（未见“规划”二字或文字过少）；请提交乡镇国土空间总体规划文本 / not a plan text");
        }
        Set<String> countySentences = new HashSet<>();
        new TownshipText(county.clauses()).sentences().forEach(s -> countySentences.add(s.text()));
        long same = text.sentences().stream().filter(s -> countySentences.contains(s.text())).count();
        boolean sameTitle = title != null && title.strip().contains(county.plan().name());
        if (!text.sentences().isEmpty() && ((double) same / text.sentences().size() > MAX_COUNTY_SHARE
                || sameTitle && same > 0 && (double) same / text.sentences().size() > MAX_COUNTY_SHARE / 2)) {
            throw new InputRejectedException(fileName, "是县级规划《" + county.plan().name() + "》本身（" + same + "/" + text.sentences().size()
                    + " 句与县级规划相同），不是乡镇规划；请提交乡镇国土空间总体规划文本 / this is the county plan itself");
        }
    }
}
