package org.plantrace.conformance.output;

import java.util.List;

/**
 * What the reviewer made of a review, for a 审查意见书 written from a stored review record: their
 * conclusion (null while not set) and note, and per finding in order their decision in words
 * (确认符合 / 改判为符合：理由 …; empty where they have not decided). Without it ({@code null}) the
 * writers give the engine's review alone, as the {@code review} command does.
 */
public record ReviewerNotes(String conclusion, String conclusionNote, List<String> decisions) {
    /** The column the 审查意见书 gives the reviewer's decisions. */
    public static final String COLUMN = "审查人意见";

    public ReviewerNotes {
        conclusionNote = conclusionNote == null ? "" : conclusionNote;
        decisions = List.copyOf(decisions);
    }

    /** The decision on finding {@code index} (from 0), or "". */
    public String decision(int index) {
        return index < decisions.size() ? decisions.get(index) : "";
    }

    /** The conclusion line of the header: the reviewer's when set, else the engine's suggestion marked as such. */
    static String conclusionLine(ReviewerNotes notes, String suggested) {
        if (notes == null || notes.conclusion() == null) {
            return suggested + "（系统建议，待审查人确认）";
        }
        String line = notes.conclusion() + (notes.conclusionNote().isBlank() ? "" : "。" + notes.conclusionNote());
        return notes.conclusion().equals(suggested) ? line : line + "（系统建议：" + suggested + "）";
    }
}
