package org.plantrace.web.links;

import org.plantrace.web.i18n.Texts;
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
import java.util.Map;
import java.util.Optional;
import org.plantrace.application.links.LinkService;
import org.plantrace.domain.account.Action;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.domain.link.Anchor;
import org.plantrace.domain.link.Link;
import org.plantrace.domain.link.LinkTarget;
import org.plantrace.domain.link.LinkStatus;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.web.PublishedPlans;
import org.plantrace.web.account.CurrentUser;
import org.plantrace.web.view.ClauseAnnotator;
import org.plantrace.web.view.PlanIndex;

/**
 * The clause page's link curation, for those who may curate links: every stored link of the clause
 * with its status, accept / reject / 修改 (edit the name or target) buttons, and 添加 (add a link
 * for words selected in the clause text; {@code link-curation.js} copies the selection into the
 * form, and without script the drafter types the words). The form posts the clause's uid as a plain field,
 * so the list the buttons belong to is the same list on the postback; after a decision the page
 * redirects to the clause's address (no form re-submission on reload).
 */
@Named("linkCuration")
@RequestScoped
public class LinkCuration {
    /** The request parameter the clause page and this form carry the clause's durable id in. */
    static final String UID = "uid";
    private static final String PROBLEM = "linkCurationProblem";
    private static final String DONE = "linkCurationDone";
    /** Form fields of the add form, and the prefix of the edit fields (followed by the link id). */
    static final String ADD_KIND = "add-kind";
    static final String ADD_TEXT = "add-text";
    static final String ADD_START = "add-start";
    static final String ADD_NAME = "add-name";
    static final String ADD_OP = "add-op";
    static final String ADD_VALUE = "add-value";
    static final String ADD_UNIT = "add-unit";
    static final String ADD_CLASS = "add-class";
    static final String EDIT_NAME = "edit-name-";
    static final String EDIT_VALUE = "edit-value-";
    static final String EDIT_UNIT = "edit-unit-";

    @Inject
    CurrentUser currentUser;
    @Inject
    LinkService links;
    @Inject
    PublishedPlans plans;

    private List<LinkItem> items;

    public boolean isAllowed() {
        return currentUser.may(Action.CURATE_LINKS);
    }

    /** The clause's links, rejected ones included; empty for those who may not curate. */
    public List<LinkItem> getItems() {
        if (items == null) {
            items = !isAllowed() ? List.of() : version().map(v -> LinkItem.of(
                    links.allLinks(v.plan().code(), v.number(), uid()))).orElse(List.of());
        }
        return items;
    }

    public String getUid() {
        return uid();
    }

    public void accept(long linkId) {
        decide(linkId, LinkStatus.ACCEPTED);
    }

    public void reject(long linkId) {
        decide(linkId, LinkStatus.REJECTED);
    }

    /** 修改: the link's new name (and, for an indicator, value and unit) from its edit fields. */
    public void edit(long linkId) {
        currentUser.require(Action.CURATE_LINKS);
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        Map<String, String> form = ec.getRequestParameterMap();
        try {
            Link link = ownLink(linkId);
            LinkTarget corrected = targets(version().map(v -> v.plan().code()).orElse("")).edited(link.target(), form.get(EDIT_NAME + linkId),
                    form.get(EDIT_VALUE + linkId), form.get(EDIT_UNIT + linkId));
            links.edit(currentUser.actor(), link.id(), corrected);
            ec.getFlash().put(DONE, text("links.msg.corrected", corrected.label()));
        } catch (IllegalArgumentException e) {
            ec.getFlash().put(PROBLEM, text("links.msg.notCorrected", Texts.say(e)));
        }
        backToClause(ec);
    }

    /** 添加: a link for the words of the clause text the drafter selected (or typed). */
    public void add() {
        currentUser.require(Action.CURATE_LINKS);
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        Map<String, String> form = ec.getRequestParameterMap();
        try {
            PlanVersion v = version().orElseThrow(() -> new IllegalArgumentException(text("links.err.noPublished")));
            Clause clause = ClauseTree.flatten(v.clauses()).stream().filter(c -> uid().equals(c.uid())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(text("links.err.noClause", uid())));
            Anchor anchor = anchor(clause, form.get(ADD_TEXT), form.get(ADD_START));
            LinkTarget target = "indicator".equals(form.get(ADD_KIND))
                    ? targets(v.plan().code()).indicator(form.get(ADD_NAME), form.get(ADD_OP), form.get(ADD_VALUE),
                            form.get(ADD_UNIT), form.get(ADD_CLASS))
                    : targets(v.plan().code()).feature(blank(form.get(ADD_NAME)) ? anchor.text() : form.get(ADD_NAME));
            links.add(currentUser.actor(), v.plan().code(), v.number(), clause.uid(), target, anchor);
            ec.getFlash().put(DONE, text("links.msg.added", target.label(), anchor.text()));
        } catch (IllegalArgumentException e) {
            ec.getFlash().put(PROBLEM, text("links.msg.notAdded", Texts.say(e)));
        }
        backToClause(ec);
    }

    /**
     * The selected words in the clause text, at the occurrence nearest the offset the script
     * counted (its count may be off by the blank lines the page drops, never by the words).
     */
    static Anchor anchor(Clause clause, String words, String startHint) {
        if (blank(words)) {
            throw new IllegalArgumentException(text("links.err.noWords"));
        }
        String w = words.strip();
        if (w.length() > LinkService.MAX_ANCHOR) {
            throw new IllegalArgumentException(text("links.err.tooLong", String.valueOf(w.length()),
                    String.valueOf(LinkService.MAX_ANCHOR)));
        }
        int hint = 0;
        try {
            hint = blank(startHint) ? 0 : Math.max(0, Integer.parseInt(startHint.strip()));
        } catch (NumberFormatException e) {
            hint = 0; // the script's offset is only a hint; the words decide
        }
        Anchor found = new Anchor(Anchor.Field.TEXT, hint, hint + w.length(), w).relocated(clause.heading(), clause.text());
        if (found == null) {
            throw new IllegalArgumentException(text("links.err.notInText", w));
        }
        return found;
    }

    /** A typed place name is looked up in the gazetteer of the plan's package (read once per package). */
    private static LinkTargets targets(String planCode) {
        return new LinkTargets(ClauseAnnotator.linkerOf(planCode));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The link, if it is one of this clause's in the shown version. */
    private Link ownLink(long linkId) {
        PlanVersion v = version().orElseThrow(() -> new IllegalArgumentException(text("links.err.noPublished")));
        return links.link(linkId).filter(l -> l.plan().equals(v.plan().code()) && l.version() == v.number()
                && l.clauseUid().equals(uid()))
                .orElseThrow(() -> new IllegalArgumentException(text("links.err.notOwn")));
    }

    /** A confirmation of what was just done, shown once after the redirect. */
    public String getDone() {
        Object m = FacesContext.getCurrentInstance().getExternalContext().getFlash().get(DONE);
        return m == null ? null : m.toString();
    }

    private void decide(long linkId, LinkStatus status) {
        currentUser.require(Action.CURATE_LINKS);
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        try {
            Link link = ownLink(linkId);
            if (status == LinkStatus.ACCEPTED) {
                links.accept(currentUser.actor(), link.id());
            } else {
                links.reject(currentUser.actor(), link.id());
            }
        } catch (IllegalArgumentException e) {
            // a list older than the clause's last re-derivation: say so on the fresh list, never a 500
            ec.getFlash().put(PROBLEM, text("links.msg.stale", Texts.say(e)));
        }
        backToClause(ec);
    }

    private void backToClause(ExternalContext ec) {
        try {
            ec.redirect(ec.getRequestContextPath() + "/clause/"
                    + URLEncoder.encode(uid(), StandardCharsets.UTF_8).replace("+", "%20") + "#link-curation");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The message of a decision that could not be made, shown once after the redirect. */
    public String getProblem() {
        Object m = FacesContext.getCurrentInstance().getExternalContext().getFlash().get(PROBLEM);
        return m == null ? null : m.toString();
    }

    private Optional<PlanVersion> version() {
        return plans.current().map(PlanIndex::version);
    }

    private String uid() {
        String uid = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(UID);
        return uid == null ? "" : uid;
    }

    /** A message of the links bundle in the reader's language (issue #14.9). */
    private static String text(String key, Object... args) {
        return org.plantrace.web.i18n.Texts.in("org.plantrace.web.i18n.Links", key, args);
    }
}
