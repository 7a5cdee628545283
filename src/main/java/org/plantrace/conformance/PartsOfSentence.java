package org.plantrace.conformance;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The parts of a county sentence that concern one township ({@code levels.tsv}): of the parts
 * (between ，；。) those naming the township, and those not addressed to another level (县城,
 * 中心城区, 村庄 …) unless they also speak of 乡镇. "县城设置1处县级殡仪馆，各乡镇设置1处公益性公墓"
 * requires a 公益性公墓 of a township, not a 殡仪馆.
 */
public final class PartsOfSentence {
    private static final Pattern SPLIT = Pattern.compile("[，,；;。]");
    private final Pattern other;
    private final Pattern township;

    public PartsOfSentence(Path file) {
        List<String[]> rows = ReviewTable.read(file);
        List<String> others = new ArrayList<>();
        List<String> townships = new ArrayList<>();
        for (String[] r : rows) {
            others.add(r[0]);
            townships.add(r[1]);
        }
        this.other = Pattern.compile(String.join("|", others));
        this.township = Pattern.compile(String.join("|", townships));
    }

    /** The parts naming the township, or not addressed to another level, or speaking of 乡镇 — joined again by ，. */
    public String forTownship(String sentence, List<String> names) {
        StringBuilder kept = new StringBuilder();
        for (String p : SPLIT.split(sentence)) {
            if (names.stream().anyMatch(p::contains) || !other.matcher(p).find() || township.matcher(p).find()) {
                kept.append(p).append('，');
            }
        }
        return kept.toString();
    }
}
