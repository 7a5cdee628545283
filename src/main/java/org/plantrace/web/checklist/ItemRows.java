package org.plantrace.web.checklist;

import java.util.ArrayList;
import java.util.List;
import org.plantrace.transmission.Checklist;
import org.plantrace.transmission.ChecklistItem;
import org.plantrace.transmission.SourceClause;
import org.plantrace.transmission.output.ChecklistSections;
import org.plantrace.transmission.output.ChecklistWording;

/** Turns checklist items into page rows, numbered as the files number them. */
public final class ItemRows {
    private ItemRows() {
    }

    /** A category's rows; the page shows one table per section. */
    public record Section(String category, List<ItemRow> rows) {
        public Section {
            rows = List.copyOf(rows);
        }

        /** The category in the reader's language. */
        public String label() {
            return categoryWord(category);
        }
    }

    static final String BUNDLE = "org.plantrace.web.i18n.Checklist";

    /**
     * A category of templates/transmission/categories.tsv in the reader's language: key
     * {@code category.<name>} of the checklist bundle; a category without one shows as it is named.
     */
    static String categoryWord(String category) {
        String word = org.plantrace.web.i18n.Texts.in(BUNDLE, "category." + category);
        return word.startsWith("???") ? category : word;
    }

    /** 强制性 / 指导性 / 示意测算 in the reader's language. */
    static String bindingWord(ChecklistItem item) {
        return org.plantrace.web.i18n.Texts.in(BUNDLE,
                item.estimate() ? "checklist.msg.binding.estimate" : item.mandatory() ? "checklist.msg.binding.mandatory"
                        : "checklist.msg.binding.guidance");
    }

    static List<Section> sections(Checklist checklist, String contextPath) {
        List<Section> out = new ArrayList<>();
        for (ChecklistSections.Section s : ChecklistSections.of(checklist)) {
            List<ItemRow> rows = new ArrayList<>();
            int n = s.firstNumber();
            for (ChecklistItem item : s.items()) {
                rows.add(row(n++, s.category(), item, contextPath));
            }
            out.add(new Section(s.category(), rows));
        }
        return out;
    }

    static ItemRow row(int number, String category, ChecklistItem item, String contextPath) {
        List<ItemRow.SourceLink> sources = new ArrayList<>();
        for (SourceClause c : item.sourceClauses()) {
            String href = c.uid() == null || c.uid().isBlank() ? null
                    : contextPath + "/clause/" + TargetParameters.encode(c.uid());
            sources.add(new ItemRow.SourceLink(ChecklistWording.source(c),
                    c.heading() == null || c.heading().isBlank() ? org.plantrace.web.view.ClauseLink.untitledWord() : c.heading().strip(), c.id(), href));
        }
        return new ItemRow(number, category, item.requirement(), item.mandatory(), bindingWord(item),
                ChecklistWording.target(item.target()), sources, item.rule(), item.suspect(), item.features());
    }
}
