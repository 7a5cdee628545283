package org.plantrace.application.authoring;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseKind;
import org.plantrace.ingest.numbering.NumberedLine;
import org.plantrace.ingest.numbering.Numbering;
import org.plantrace.ingest.numbering.NumberingStyle;

/**
 * Keeps the source's own numbers (第1节, 1．, （一）) in order after clauses are inserted, moved,
 * deleted, split or merged. Among the siblings of one kind, numbers are rewritten 1, 2, 3 … in
 * the style of the first one only when they are real numbering: all in one style and no value
 * repeated. A plan whose export wrote the same "1." everywhere (the Hunyuan seed) is left alone;
 * its pages derive numbers from positions anyway.
 */
final class SourceNumbers {
    private static final Pattern NUMERAL = Pattern.compile("[零〇一二三四五六七八九十百千两]+|\\d+");

    private SourceNumbers() {
    }

    /** Which clauses (by durable id) each parent (by durable id, "" for the top level) holds, in order. */
    static Map<String, List<String>> shape(List<Clause> roots) {
        Map<String, List<String>> shape = new HashMap<>();
        shape(roots, "", shape);
        return shape;
    }

    private static void shape(List<Clause> siblings, String parent, Map<String, List<String>> out) {
        List<String> uids = new ArrayList<>();
        for (Clause c : siblings) {
            uids.add(c.uid());
            shape(c.children(), c.uid(), out);
        }
        out.put(parent, uids);
    }

    /**
     * Renumbers the sibling groups whose members or order differ from {@code before} (a
     * {@link #shape} taken before the change), where their numbering is real. Groups the change
     * did not touch keep their numbers as the source wrote them, gaps and all.
     */
    static void renumber(List<Clause> roots, Map<String, List<String>> before) {
        renumber(roots, "", before);
    }

    private static void renumber(List<Clause> siblings, String parent, Map<String, List<String>> before) {
        List<String> uids = siblings.stream().map(Clause::uid).toList();
        if (!uids.equals(before.get(parent))) {
            Map<ClauseKind, List<Clause>> byKind = new EnumMap<>(ClauseKind.class);
            for (Clause c : siblings) {
                if (c.kind().level() > 0) {
                    byKind.computeIfAbsent(c.kind(), k -> new ArrayList<>()).add(c);
                }
            }
            byKind.values().forEach(SourceNumbers::renumberKind);
        }
        for (Clause c : siblings) {
            renumber(c.children(), c.uid(), before);
        }
    }

    private static void renumberKind(List<Clause> sameKind) {
        NumberingStyle style = null;
        String template = null;
        Set<Integer> values = new HashSet<>();
        for (Clause c : sameKind) {
            if (c.num().isBlank()) {
                continue;
            }
            Optional<NumberedLine> parsed = Numbering.parse(c.num());
            if (parsed.isEmpty() || !parsed.get().rest().isEmpty()) {
                return;
            }
            if (style == null) {
                style = parsed.get().style();
                template = c.num().strip();
            } else if (style != parsed.get().style()) {
                return;
            }
            if (!values.add(parsed.get().value())) {
                return;
            }
        }
        if (template == null) {
            return;
        }
        int n = 0;
        for (Clause c : sameKind) {
            c.setNum(format(template, style, ++n));
        }
    }

    static String format(String template, NumberingStyle style, int n) {
        if (style == NumberingStyle.CIRCLED) {
            return n <= 20 ? String.valueOf((char) ('\u2460' + n - 1)) : "(" + n + ")";
        }
        Matcher m = NUMERAL.matcher(template);
        if (!m.find()) {
            return template;
        }
        boolean arabic = Character.isDigit(m.group().charAt(0));
        String numeral = arabic ? Integer.toString(n) : Numbering.chinese(n);
        return template.substring(0, m.start()) + numeral + template.substring(m.end());
    }
}
