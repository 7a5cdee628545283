package org.plantrace.ingest.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.plantrace.domain.clause.Clause;
import org.plantrace.ingest.ParseWarning;

/**
 * Reports numbering that does not run 1, 2, 3 … among siblings of one form: a gap (a clause lost
 * in export, or a typing error) or a restart. Articles (第X条) may also run on across chapters, as
 * most plan texts number them.
 */
final class NumberingCheck {
    private final Map<Clause, Map<Integer, HeadingNumber>> lastByParent = new IdentityHashMap<>();
    private final Map<Integer, HeadingNumber> lastAtRoot = new HashMap<>();
    private HeadingNumber lastArticle;
    private final List<ParseWarning> warnings = new ArrayList<>();

    /** Checks one heading against its previous sibling of the same form; {@code parent} null at the top. */
    void check(Clause parent, HeadingNumber number, String location) {
        Map<Integer, HeadingNumber> siblings = parent == null ? lastAtRoot
                : lastByParent.computeIfAbsent(parent, p -> new HashMap<>());
        HeadingNumber previous = siblings.put(number.level(), number);
        boolean article = number.level() == 3;
        HeadingNumber before = article && lastArticle != null ? lastArticle : previous;
        if (article) {
            lastArticle = number;
        }
        if (number.value() < 0 || (before != null && before.value() < 0)) {
            return;
        }
        boolean follows = before != null && number.value() == before.value() + 1;
        boolean firstOfParent = previous == null && number.value() == 1;
        if (follows || firstOfParent) {
            return;
        }
        if (before == null) {
            warnings.add(new ParseWarning(location, "编号没有从 1 开始：本级第一个编号是“" + number.written() + "”"));
        } else if (number.value() <= before.value()) {
            warnings.add(new ParseWarning(location,
                    "编号重新开始或重复：“" + before.written() + "”之后是“" + number.written() + "”"));
        } else {
            warnings.add(new ParseWarning(location,
                    "编号不连续：“" + before.written() + "”之后是“" + number.written() + "”，中间可能缺少条款"));
        }
    }

    List<ParseWarning> warnings() {
        return warnings;
    }
}
