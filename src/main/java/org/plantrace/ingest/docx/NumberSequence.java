package org.plantrace.ingest.docx;

import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import org.plantrace.domain.clause.Clause;
import org.plantrace.ingest.numbering.NumberedLine;
import org.plantrace.ingest.numbering.Numbering;
import org.plantrace.ingest.numbering.NumberingStyle;

/**
 * Watches the numbers of sibling clauses for gaps and restarts. The first clause of a numbering
 * style under a parent may start at 1 or continue the last number of that style anywhere (Chinese
 * plans number 条 through the whole document but restart 节 in every chapter); after that each
 * number must be the previous one plus one.
 */
final class NumberSequence {
    private static final Object ROOT = new Object();
    private final Map<Object, Map<NumberingStyle, NumberedLine>> lastInParent = new IdentityHashMap<>();
    private final Map<NumberingStyle, NumberedLine> lastAnywhere = new EnumMap<>(NumberingStyle.class);

    /** Records the number of a new child of {@code parent} (null for the root) and says what is wrong with it. */
    Optional<String> next(Clause parent, String num) {
        Optional<NumberedLine> parsed = Numbering.parse(num);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        NumberedLine line = parsed.get();
        Map<NumberingStyle, NumberedLine> siblings = lastInParent.computeIfAbsent(parent == null ? ROOT : parent,
                k -> new EnumMap<>(NumberingStyle.class));
        NumberedLine previous = siblings.put(line.style(), line);
        NumberedLine before = lastAnywhere.put(line.style(), line);
        int v = line.value();
        if (previous == null) {
            if (v == 1 || (before != null && v == before.value() + 1)) {
                return Optional.empty();
            }
            return Optional.of(before == null
                    ? "编号「" + num + "」没有从 1 开始，前面可能缺少条目"
                    : "编号「" + num + "」既不接续前面的「" + before.num() + "」，也不是从 1 重新开始，中间可能缺少条目");
        }
        if (v == previous.value() + 1) {
            return Optional.empty();
        }
        if (v == 1) {
            return Optional.of("同一层的编号在此重新从「" + num + "」开始（前一个是「" + previous.num() + "」），请检查是否误设了重新编号");
        }
        if (v <= previous.value()) {
            return Optional.of("编号「" + num + "」与前一个「" + previous.num() + "」重复或倒退");
        }
        return Optional.of("编号跳号：「" + previous.num() + "」之后是「" + num + "」，中间缺少 "
                + (v - previous.value() - 1) + " 个");
    }
}
