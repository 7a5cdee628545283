package org.plantrace.transmission.output;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plantrace.transmission.Checklist;
import org.plantrace.transmission.ChecklistItem;
import org.plantrace.transmission.RuleBasedChecklists;

/**
 * A checklist's items grouped by category, categories in the order they first appear (the
 * derivation's fixed order), so the Word tables, the PDF and the web page agree.
 */
public final class ChecklistSections {
    /** One category's items; {@code firstNumber} is the running number of its first item (1-based). */
    public record Section(String category, int firstNumber, List<ChecklistItem> items) {
        public Section {
            items = List.copyOf(items);
        }
    }

    private ChecklistSections() {
    }

    public static List<Section> of(Checklist checklist) {
        return of(checklist.items());
    }

    /**
     * Requirements grouped by category; the figures measured on illustrative layers follow in one
     * section of their own, titled {@link RuleBasedChecklists#ESTIMATES}, so that no output prints
     * an estimate among the requirements (issue #14.2).
     */
    public static List<Section> of(List<ChecklistItem> items) {
        Map<String, List<ChecklistItem>> byCategory = new LinkedHashMap<>();
        for (ChecklistItem item : items) {
            if (!item.estimate()) {
                byCategory.computeIfAbsent(category(item), c -> new ArrayList<>()).add(item);
            }
        }
        for (ChecklistItem item : items) {
            if (item.estimate()) {
                byCategory.computeIfAbsent(RuleBasedChecklists.ESTIMATES, c -> new ArrayList<>()).add(item);
            }
        }
        List<Section> out = new ArrayList<>();
        int number = 1;
        for (Map.Entry<String, List<ChecklistItem>> e : byCategory.entrySet()) {
            out.add(new Section(e.getKey(), number, e.getValue()));
            number += e.getValue().size();
        }
        return out;
    }

    static String category(ChecklistItem item) {
        return item.category() == null || item.category().isBlank() ? "其他" : item.category().strip();
    }
}
