package org.plantrace.web.links;

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
import java.util.Optional;
import org.plantrace.application.links.LinkService;
import org.plantrace.domain.account.Action;
import org.plantrace.domain.link.Link;
import org.plantrace.domain.link.LinkStatus;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.web.PublishedPlans;
import org.plantrace.web.account.CurrentUser;
import org.plantrace.web.view.PlanIndex;

/**
 * The clause page's link curation, for those who may curate links: every stored link of the clause
 * with its status, and accept / reject buttons. The form posts the clause's uid as a plain field,
 * so the list the buttons belong to is the same list on the postback; after a decision the page
 * redirects to the clause's address (no form re-submission on reload).
 */
@Named("linkCuration")
@RequestScoped
public class LinkCuration {
    /** The request parameter the clause page and this form carry the clause's durable id in. */
    static final String UID = "uid";
    private static final String PROBLEM = "linkCurationProblem";

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

    private void decide(long linkId, LinkStatus status) {
        currentUser.require(Action.CURATE_LINKS);
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        try {
            PlanVersion v = version().orElseThrow(() -> new IllegalArgumentException("没有已发布的规划"));
            Link link = links.link(linkId).filter(l -> l.plan().equals(v.plan().code()) && l.version() == v.number()
                    && l.clauseUid().equals(uid()))
                    .orElseThrow(() -> new IllegalArgumentException("该关联不属于本条款"));
            if (status == LinkStatus.ACCEPTED) {
                links.accept(currentUser.actor(), link.id());
            } else {
                links.reject(currentUser.actor(), link.id());
            }
        } catch (IllegalArgumentException e) {
            // a list older than the clause's last re-derivation: say so on the fresh list, never a 500
            ec.getFlash().put(PROBLEM, e.getMessage() + "。关联可能已随条文更新，请在下面的列表中重新选择。");
        }
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
}
