package org.plantrace.web.review;

import org.plantrace.web.i18n.Words;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import org.plantrace.domain.compare.TextDiff;
import org.plantrace.domain.review.CommentThread;
import org.plantrace.domain.review.Suggestion;
import org.plantrace.web.compare.DiffRun;

/** A review thread as the page shows it. */
public record ThreadView(long id, String status, boolean resolved, String resolvedNote, String quote,
        String versionNote, List<CommentView> comments, boolean hasSuggestion, boolean pending,
        String suggestionState, List<DiffRun> suggestedHeading, List<DiffRun> suggestedText, String citation, String citationHref) {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    /** One message: who, when, what. */
    public record CommentView(String author, String at, String body) {
    }

    /**
     * @param citation     the clause as planners cite it (第十六条 标题（第三章第一节）, issue #14.1)
     * @param citationHref its citable address in the version the thread was raised on
     * @param texts        the review bundle in the reader's language (issue #14.9)
     */
    static ThreadView of(CommentThread t, int shownVersion, String citation, String citationHref, ResourceBundle texts) {
        Suggestion s = t.suggestion();
        String resolvedNote = t.resolved()
                ? MessageFormat.format(texts.getString("review.resolvedNote"), t.resolvedBy(), TIME.format(t.resolvedAt())) : "";
        String versionNote = t.version() == shownVersion ? ""
                : MessageFormat.format(texts.getString("review.raisedOn"), Integer.toString(t.version()));
        return new ThreadView(t.id(), Words.here(t.status()), t.resolved(), resolvedNote,
                t.anchor().wholeClause() ? "" : t.anchor().quote(), versionNote,
                t.comments().stream().map(c -> new CommentView(c.author(), TIME.format(c.at()), c.body())).toList(),
                s != null, s != null && s.pending(), s == null ? "" : Words.here(s.state()),
                s == null ? List.of() : DiffRun.of(TextDiff.of(s.baseHeading(), s.heading()).newer()),
                s == null ? List.of() : DiffRun.of(TextDiff.of(s.baseText(), s.text()).newer()),
                citation == null ? "" : citation, citationHref);
    }
}
