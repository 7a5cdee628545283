package org.plantrace.web.review;

import org.plantrace.web.i18n.Texts;
import org.plantrace.web.i18n.Words;

import jakarta.faces.application.FacesMessage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.ResourceBundle;
import org.plantrace.citation.Citations;
import java.util.Optional;
import org.plantrace.application.authoring.AuthoringException;
import org.plantrace.application.authoring.AuthoringService;
import org.plantrace.application.review.ReviewService;
import org.plantrace.domain.account.Action;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.Span;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.domain.review.CommentThread;
import org.plantrace.domain.review.ReviewRuleException;
import org.plantrace.web.NumberParameter;
import org.plantrace.web.account.CurrentUser;
import org.plantrace.web.compare.PlanChoice;

/**
 * {@code /review.xhtml?plan=…&v=…&uid=…}: one clause and its review threads. Without {@code v}
 * the newest version the person may see that has the clause (the working draft for drafters and
 * reviewers). Needs {@code VIEW_DRAFT}; each action checks its own permission in the service.
 * After an action the page redirects to its own address (post/redirect/get), the message kept.
 */
@Named("reviewPage")
@RequestScoped
public class ReviewPage {
    @Inject
    CurrentUser user;
    @Inject
    ReviewService review;
    @Inject
    AuthoringService authoring;
    @Inject
    PlanChoice planChoice;
    @Inject
    FacesContext faces;

    private String plan;
    private Integer v;
    /** What came as {@code v=} when it was not a version number. */
    private String malformedV;
    private String uid;
    private PlanVersion version;
    private Clause clause;
    private List<ThreadView> threads;

    // the comment and suggestion forms
    private String body;
    private Integer spanStart;
    private Integer spanEnd;
    private String suggestedHeading;
    private String suggestedText;
    private String suggestionNote;

    /** The view action (not on postback): permission, version, clause; 404 for an unknown clause. */
    public void load() {
        user.require(Action.VIEW_DRAFT);
        if (malformedV != null) {
            NumberParameter.refuse(faces, 400);
            return;
        }
        if (!resolve()) {
            notFound();
            return;
        }
        suggestedHeading = clause.heading();
        suggestedText = clause.text();
    }

    private boolean resolve() {
        if (clause != null) {
            return true;
        }
        // on a postback the view parameters reach the bean only after the forms were decoded, and
        // the forms (one per thread) exist only once the threads are known: every form carries them
        if (uid == null) {
            uid = blankToNull(param("uid"));
            plan = plan == null ? blankToNull(param("plan")) : plan;
        }
        plan = planChoice.code(plan);
        if (uid == null || uid.isBlank()) {
            return false;
        }
        List<PlanVersion> all = authoring.versions(user.actor(), plan);
        for (int i = all.size() - 1; i >= 0; i--) {
            int n = all.get(i).number();
            if (v != null && v != n) {
                continue;
            }
            Optional<PlanVersion> read = authoring.version(user.actor(), plan, n);
            Optional<Clause> found = authoring.clause(user.actor(), plan, n, uid);
            if (read.isPresent() && found.isPresent()) {
                version = read.get();
                clause = found.get();
                v = n;
                return true;
            }
        }
        return false;
    }

    private void notFound() {
        ExternalContext ec = faces.getExternalContext();
        try {
            ec.responseSendError(404, text("review.notFound"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    // ------------------------------------------------------------------ actions

    public String comment() {
        Span span = null;
        if (spanStart != null && spanEnd != null && spanEnd > spanStart && spanStart >= 0) {
            span = new Span(spanStart, spanEnd);
        }
        Span chosen = span;
        return act(() -> review.comment(user.actor(), plan, v, uid, chosen, body), text("review.done.comment"));
    }

    public String suggest() {
        return act(() -> review.suggest(user.actor(), plan, v, uid, suggestionNote, suggestedHeading, suggestedText),
                text("review.done.suggest"));
    }

    public String reply() {
        String text = param("reply");
        return act(() -> review.reply(user.actor(), threadId(), text), text("review.done.reply"));
    }

    public String resolveThread() {
        return act(() -> review.resolve(user.actor(), threadId()), text("review.done.resolve"));
    }

    public String reopen() {
        return act(() -> review.reopen(user.actor(), threadId()), text("review.done.reopen"));
    }

    public String accept() {
        return act(() -> review.accept(user.actor(), threadId()), text("review.done.accept"));
    }

    public String reject() {
        String reason = param("reason");
        return act(() -> review.reject(user.actor(), threadId(), reason), text("review.done.reject"));
    }

    private String act(java.util.function.Supplier<CommentThread> action, String done) {
        if (!resolve()) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text("review.notFound.refresh"), null));
            return null;
        }
        try {
            action.get();
        } catch (ReviewRuleException | AuthoringException | IllegalArgumentException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Texts.say(e), null));
            threads = null;
            return null;
        }
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done, null));
        faces.getExternalContext().getFlash().setKeepMessages(true);
        return "/review.xhtml?faces-redirect=true&plan=" + enc(plan) + "&uid=" + enc(uid);
    }

    private long threadId() {
        try {
            return Long.parseLong(param("thread"));
        } catch (NumberFormatException e) {
            throw new ReviewRuleException(text("review.noThread"));
        }
    }

    private ResourceBundle bundle() {
        return ResourceBundle.getBundle("org.plantrace.web.review.Texts", faces.getViewRoot().getLocale());
    }

    /** A text of the review bundle in the reader's language (issue #14.9). */
    private String text(String key, Object... args) {
        String pattern = bundle().getString(key);
        return args.length == 0 ? pattern : new java.text.MessageFormat(pattern, faces.getViewRoot().getLocale()).format(args);
    }

    private String param(String name) {
        String value = faces.getExternalContext().getRequestParameterMap().get(name);
        return value == null ? "" : value;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }

    // ------------------------------------------------------------------ what the page shows

    public List<ThreadView> getThreads() {
        if (threads == null && resolve()) {
            ResourceBundle texts = bundle();
            Citations citations = Citations.of(version.clauses());
            String cited = citations.label(uid);
            threads = review.threads(user.actor(), plan, uid).stream()
                    .map(t -> ThreadView.of(t, v, cited, faces.getExternalContext().getRequestContextPath()
                            + org.plantrace.web.authoring.PlanPaths.clause(plan, t.version(), uid), texts)).toList();
        }
        return threads == null ? List.of() : threads;
    }

    public long getOpenCount() {
        return getThreads().stream().filter(t -> !t.resolved()).count();
    }

    public boolean isMayComment() {
        return user.may(Action.COMMENT);
    }

    public boolean isMayResolve() {
        return user.may(Action.RESOLVE_COMMENT);
    }

    public boolean isMayDecide() {
        return user.may(Action.DECIDE_SUGGESTION);
    }

    /** The clause cited as planners cite it (第十六条 标题（第三章第一节）, issue #14.1), else its own title. */
    public String getClauseTitle() {
        if (clause == null) {
            return "";
        }
        String cited = version == null ? "" : Citations.of(version.clauses()).label(clause);
        return !cited.isBlank() ? cited : clause.displayTitle().isBlank() ? text("review.untitled", Words.here(clause.kind()))
                : clause.displayTitle();
    }

    /** The path id, for those who want it, in small print. */
    public String getClausePath() {
        return clause == null || clause.eId() == null ? "" : clause.eId();
    }

    public String getClauseText() {
        return clause == null ? "" : clause.text();
    }

    public String getVersionLabel() {
        return version == null ? "" : text("review.versionLabel", version.number(), Words.here(version.status()));
    }

    public boolean isPublicVersion() {
        return version != null && version.status().isPublic();
    }

    public String getPlan() {
        return plan;
    }

    public void setPlan(String plan) {
        this.plan = plan;
    }

    public String getV() {
        return v != null ? v.toString() : malformedV;
    }

    /** Text, judged in {@link #load()} after the permission check (a converter would skip it). */
    public void setV(String v) {
        NumberParameter n = NumberParameter.of(v);
        this.v = n.value();
        this.malformedV = n.malformed() ? n.raw() : null;
    }

    public String getUid() {
        return uid;
    }

    public void setUid(String uid) {
        this.uid = uid;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public Integer getSpanStart() {
        return spanStart;
    }

    public void setSpanStart(Integer spanStart) {
        this.spanStart = spanStart;
    }

    public Integer getSpanEnd() {
        return spanEnd;
    }

    public void setSpanEnd(Integer spanEnd) {
        this.spanEnd = spanEnd;
    }

    public String getSuggestedHeading() {
        return suggestedHeading;
    }

    public void setSuggestedHeading(String suggestedHeading) {
        this.suggestedHeading = suggestedHeading;
    }

    public String getSuggestedText() {
        return suggestedText;
    }

    public void setSuggestedText(String suggestedText) {
        this.suggestedText = suggestedText;
    }

    public String getSuggestionNote() {
        return suggestionNote;
    }

    public void setSuggestionNote(String suggestionNote) {
        this.suggestionNote = suggestionNote;
    }
}
