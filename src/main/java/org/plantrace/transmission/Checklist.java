package org.plantrace.transmission;

import java.time.Instant;
import java.util.List;
import org.plantrace.domain.message.Message;

/**
 * The checklist of one target, derived from one version of the county plan. {@code notices} are
 * messages to the reader that are not requirements (a layer missing, so an area could not be
 * measured): shown above the list, never numbered as items (issue #14.2); the web shows them in
 * the reader's language, files and the command line in Chinese ({@link #notes()}).
 */
public record Checklist(Target target, String planCode, String planTitle, int planVersion, Instant generatedAt,
        List<ChecklistItem> items, List<Message> notices) {
    public Checklist {
        items = List.copyOf(items);
        notices = List.copyOf(notices);
    }

    /** The notes in Chinese, for files and the command line. */
    public List<String> notes() {
        return notices.stream().map(Message::chinese).toList();
    }

    public Checklist(Target target, String planCode, String planTitle, int planVersion, Instant generatedAt,
            List<ChecklistItem> items) {
        this(target, planCode, planTitle, planVersion, generatedAt, items, List.of());
    }

    /** The requirements: every item but the illustrative estimates. */
    public List<ChecklistItem> requirements() {
        return items.stream().filter(i -> !i.estimate()).toList();
    }

    /** The figures measured on illustrative layers (示意测算，非规划下达指标). */
    public List<ChecklistItem> estimates() {
        return items.stream().filter(ChecklistItem::estimate).toList();
    }
}
