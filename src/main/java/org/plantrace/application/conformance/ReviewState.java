package org.plantrace.application.conformance;

import java.util.List;
import java.util.Objects;
import org.plantrace.conformance.Verdict;
import org.plantrace.domain.conformance.ConformanceRecord;
import org.plantrace.domain.conformance.RecordedFinding;
import org.plantrace.domain.message.Message;

/**
 * A stored review as it stands now: the record, and whether it is outdated (需复核) because the
 * township plan has a newer version or the county plan a newer published one than the review used.
 *
 * @param record   the stored review
 * @param outdated true when it must be run again (需复核)
 * @param reasons  why, as messages (empty when not outdated): the page says them in the reader's language
 */
public record ReviewState(ConformanceRecord record, boolean outdated, List<Message> reasons) {
    public static final String OUTDATED = "需复核";

    public ReviewState {
        Objects.requireNonNull(record, "record");
        reasons = List.copyOf(reasons);
    }

    /** The reasons in Chinese, as files and the command line give them. */
    public List<String> reasonsInChinese() {
        return reasons.stream().map(Message::chinese).toList();
    }

    /** Each finding's effective verdict, in finding order: the reviewer's where decided, else the engine's. */
    public List<Verdict> effectiveVerdicts() {
        return record.findings().stream().map(RecordedFinding::effective).toList();
    }
}
