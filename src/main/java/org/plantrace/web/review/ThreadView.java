package org.plantrace.web.review;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.plantrace.domain.compare.TextDiff;
import org.plantrace.domain.review.CommentThread;
import org.plantrace.domain.review.Suggestion;
import org.plantrace.web.compare.DiffRun;

/** A review thread as the page shows it. */
public record ThreadView(long id, String status, boolean resolved, String resolvedNote, String quote,
        String versionNote, List<CommentView> comments, boolean hasSuggestion, boolean pending,
        String suggestionState, List<DiffRun> suggestedHeading, List<DiffRun> suggestedText) {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    /** One message: who, when, what. */
    public record CommentView(String author, String at, String body) {
    }

    static ThreadView of(CommentThread t, int shownVersion) {
        Suggestion s = t.suggestion();
        String resolvedNote = t.resolved() ? t.resolvedBy() + " 于 " + TIME.format(t.resolvedAt()) + " 标记为已解决" : "";
        String versionNote = t.version() == shownVersion ? "" : "（意见提出于第 " + t.version() + " 版）";
        return new ThreadView(t.id(), t.status().label(), t.resolved(), resolvedNote,
                t.anchor().wholeClause() ? "" : t.anchor().quote(), versionNote,
                t.comments().stream().map(c -> new CommentView(c.author(), TIME.format(c.at()), c.body())).toList(),
                s != null, s != null && s.pending(), s == null ? "" : s.state().label(),
                s == null ? List.of() : DiffRun.of(TextDiff.of(s.baseHeading(), s.heading()).newer()),
                s == null ? List.of() : DiffRun.of(TextDiff.of(s.baseText(), s.text()).newer()));
    }
}
