package org.plantrace.web.checklist;

import java.util.ArrayList;
import java.util.List;
import org.plantrace.transmission.ChecklistItem;
import org.plantrace.transmission.QuantityTarget;
import org.plantrace.transmission.output.ChecklistWording;

/**
 * What changed between an item and its successor, in a few words a reviewer can check at a glance
 * (issue #14.8): the changed stretch of the requirement ("16.46" → "16.50"), the bound number, the
 * binding level; or, when none of those changed, that only the source clause's wording moved.
 */
final class ChangeSummary {
    /** Longest stretch quoted; a rewritten sentence is summarised, not printed twice. */
    private static final int MAX = 40;

    private ChangeSummary() {
    }

    static String of(ChecklistItem before, ChecklistItem after) {
        if (before == null || after == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        String text = stretch(before.requirement(), after.requirement());
        if (!text.isEmpty()) {
            parts.add(ChecklistPage.ck("checklist.msg.change.requirement", text));
        }
        String was = ChecklistWording.target(before.target());
        String now = ChecklistWording.target(after.target());
        if (!was.equals(now) && !sameNumber(before.target(), after.target())) {
            parts.add(ChecklistPage.ck("checklist.msg.change.target", was.isEmpty() ? ChecklistPage.ck("checklist.msg.change.none") : was,
                    now.isEmpty() ? ChecklistPage.ck("checklist.msg.change.none") : now));
        }
        if (before.mandatory() != after.mandatory()) {
            parts.add(ChecklistPage.ck("checklist.msg.change.binding", ItemRows.bindingWord(before), ItemRows.bindingWord(after)));
        }
        return parts.isEmpty() ? ChecklistPage.ck("checklist.msg.change.sourceOnly") : String.join(ChecklistPage.ck("checklist.msg.change.separator"), parts);
    }

    /** The differing middle of two texts, after their common beginning and end: "「16.46」→「16.50」". */
    static String stretch(String a, String b) {
        a = a == null ? "" : a;
        b = b == null ? "" : b;
        if (a.equals(b)) {
            return "";
        }
        int start = 0;
        while (start < a.length() && start < b.length() && a.charAt(start) == b.charAt(start)) {
            start++;
        }
        int endA = a.length();
        int endB = b.length();
        while (endA > start && endB > start && a.charAt(endA - 1) == b.charAt(endB - 1)) {
            endA--;
            endB--;
        }
        // widen to whole numbers, so that 16.46 → 16.50 reads as numbers and not as "46" → "50"
        while (start > 0 && numeric(a.charAt(start - 1))) {
            start--;
        }
        while (endA < a.length() && endB < b.length() && numeric(a.charAt(endA)) && numeric(b.charAt(endB))) {
            endA++;
            endB++;
        }
        return "「" + cap(a.substring(start, endA)) + "」→「" + cap(b.substring(start, endB)) + "」";
    }

    private static boolean numeric(char c) {
        return Character.isDigit(c) || c == '.';
    }

    private static boolean sameNumber(QuantityTarget a, QuantityTarget b) {
        return a != null && b != null && a.value() != null && b.value() != null && a.value().compareTo(b.value()) == 0
                && java.util.Objects.equals(a.op(), b.op()) && java.util.Objects.equals(a.unit(), b.unit());
    }

    private static String cap(String s) {
        return s.length() <= MAX ? s : s.substring(0, MAX) + "…";
    }
}
