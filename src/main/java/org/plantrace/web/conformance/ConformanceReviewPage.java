package org.plantrace.web.conformance;

import org.plantrace.web.i18n.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import org.plantrace.application.conformance.ConformanceReviewException;
import org.plantrace.application.conformance.ConformanceReviewService;
import org.plantrace.application.conformance.ReviewState;
import org.plantrace.conformance.Verdict;
import org.plantrace.domain.account.Action;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.conformance.Conclusion;
import org.plantrace.domain.conformance.ConformanceRecord;
import org.plantrace.domain.conformance.DecisionKind;
import org.plantrace.domain.conformance.StaleRecordException;
import org.plantrace.domain.plan.Plan;
import org.plantrace.domain.plan.PlanRepository;
import org.plantrace.web.account.CurrentUser;

/**
 * {@code /conformance-review.xhtml?plan=CODE[&review=ID][&verdict=…&category=…&mandatory=1]}: a
 * township plan's stored conformance review (the newest, or the one asked for), its findings filtered,
 * and the reviewer's forms. Needs {@code CONFORMANCE_REVIEW} (403 otherwise). Request-scoped: every
 * form posts the plan, the review and its row version as plain fields, read here when the bean is
 * created (as {@code web.authoring.VersionPage} does); each change redirects back (PRG), a refusal
 * shows its reason on the page and stores nothing.
 */
@Named("conformanceReview")
@RequestScoped
public class ConformanceReviewPage {
    static final String BUNDLE = "cr";

    @Inject
    ConformanceReviewService service;
    @Inject
    PlanRepository plans;
    @Inject
    CurrentUser user;

    private Map<String, String> params = Map.of();
    private String plan;
    private long reviewId;
    private Plan township;
    private ReviewState state;
    private boolean loaded;
    private List<FindingRow> rows;
    private List<Clause> clauses;
    private List<ConformanceRecord> history;

    @PostConstruct
    void fromRequest() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null) {
            return;
        }
        params = faces.getExternalContext().getRequestParameterMap();
        plan = params.get("plan");
        reviewId = number(params.get("review"));
    }

    static long number(String s) {
        return s == null || !s.matches("\\d{1,15}") ? 0 : Long.parseLong(s);
    }

    /** View action: the permission first (403), then the plan (404 when it is no township plan). */
    public void load() {
        user.require(Action.CONFORMANCE_REVIEW);
        if (getPlan() == null) {
            notFound();
        }
    }

    public Plan getPlan() {
        if (township == null && plan != null) {
            township = plans.plan(plan).filter(p -> p.parent() != null && !p.township().isEmpty()).orElse(null);
        }
        return township;
    }

    public String getCode() {
        return plan;
    }

    /** Why the review shown is 需复核, in the reader's language (empty when it is not). */
    public List<String> outdatedReasons() {
        return getState() == null ? List.of() : getState().reasons().stream().map(Texts::say).toList();
    }

    /** The review shown with its 需复核 state: the one asked for, else the newest; null when none is stored. */
    public ReviewState getState() {
        if (!loaded) {
            loaded = true;
            Optional<ConformanceRecord> r = reviewId > 0 ? service.review(user.actor(), reviewId).filter(x -> x.townshipPlan().equals(plan))
                    : service.latest(user.actor(), plan).map(ReviewState::record);
            state = r.map(service::state).orElse(null);
        }
        return state;
    }

    public ConformanceRecord getRecord() {
        return getState() == null ? null : getState().record();
    }

    /** Whether the record shown is the newest: only that one takes decisions. */
    public boolean isCurrent() {
        ConformanceRecord r = getRecord();
        return r != null && getHistory().stream().findFirst().map(h -> h.id() == r.id()).orElse(false);
    }

    public List<ConformanceRecord> getHistory() {
        if (history == null) {
            history = service.history(user.actor(), plan);
        }
        return history;
    }

    public List<FindingRow> getRows() {
        if (rows == null) {
            ConformanceRecord r = getRecord();
            if (r == null) {
                rows = List.of();
            } else {
                Map<String, String> uids = new HashMap<>();
                getClauses().forEach(c -> uids.put(c.eId(), c.uid()));
                rows = FindingRows.filter(FindingRows.of(r, uids), params.get("verdict"), params.get("category"),
                        "1".equals(params.get("mandatory")));
            }
        }
        return rows;
    }

    /** The township clauses of the reviewed version, for the add-a-finding form. */
    public List<Clause> getClauses() {
        if (clauses == null) {
            clauses = getRecord() == null ? List.of() : service.townshipClauses(user.actor(), getRecord());
        }
        return clauses;
    }

    public List<String> getCategories() {
        return new ArrayList<>(new LinkedHashSet<>(getRecord() == null ? List.of()
                : getRecord().findings().stream().map(f -> f.finding().category()).toList()));
    }

    public List<Verdict> getVerdicts() {
        return List.of(Verdict.values());
    }

    public List<String> getConclusions() {
        return Conclusion.OPTIONS;
    }

    public String getRanAt() {
        return getRecord() == null ? "" : FindingRows.TIME.format(getRecord().ranAt());
    }

    public String getConcludedAt() {
        return getRecord() == null || getRecord().conclusion() == null ? "" : FindingRows.TIME.format(getRecord().conclusion().at());
    }

    public int count(String verdictCode) {
        ConformanceRecord r = getRecord();
        return r == null ? 0 : r.summary().get(Verdict.valueOf(verdictCode));
    }

    public String param(String name) {
        return params.getOrDefault(name, "");
    }

    /** What the page says after a change and its redirect. */
    public String getDoneMessage() {
        String done = params.get("done");
        return done == null || !done.matches("[a-z]{2,12}") ? null : text("done." + done);
    }

    // ------------------------------------------------------------------ actions (POST only, CSRF by the form state)

    public String run() {
        return act(() -> service.run(user.actor(), plan), "ran");
    }

    public String decide() {
        DecisionKind kind = "override".equals(params.get("kind")) ? DecisionKind.OVERRIDDEN : DecisionKind.CONFIRMED;
        return act(() -> service.decide(user.actor(), number(params.get("review")), number(params.get("row")),
                (int) number(params.get("number")), kind, verdict(params.get("to")), params.get("note")),
                kind == DecisionKind.CONFIRMED ? "confirmed" : "overridden");
    }

    public String add() {
        return act(() -> service.addFinding(user.actor(), number(params.get("review")), number(params.get("row")),
                params.get("clause"), params.get("selected"), verdict(params.get("to")), params.get("requirement"),
                params.get("note")), "added");
    }

    public String conclude() {
        return act(() -> service.conclude(user.actor(), number(params.get("review")), number(params.get("row")),
                params.get("conclusion"), params.get("note")), "concluded");
    }

    /** The filters of the list the form was posted from, for the address after the change. */
    private String filters() {
        StringBuilder s = new StringBuilder();
        for (String name : List.of("verdict", "category", "mandatory")) {
            String v = params.get(name);
            if (v != null && !v.isBlank() && params.containsKey("number")) {
                s.append('&').append(name).append('=').append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return s.toString();
    }

    private static Verdict verdict(String code) {
        for (Verdict v : Verdict.values()) {
            if (v.code().equals(code)) {
                return v;
            }
        }
        return null;
    }

    private String act(Supplier<ConformanceRecord> change, String done) {
        try {
            change.get();
            redirect(ConformanceLinks.page(plan) + filters() + "&done=" + done
                    + (params.containsKey("number") ? "#finding-" + params.get("number") : ""));
        } catch (ConformanceReviewException | StaleRecordException e) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Texts.say(e), Texts.say(e)));
            loaded = false;
            rows = null;
            clauses = null;
            history = null;
        }
        return null;
    }

    private static void redirect(String path) {
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        try {
            ec.redirect(ec.getRequestContextPath() + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void notFound() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(404, "not a township plan");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    private static String text(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, BUNDLE);
        return bundle.containsKey(key) ? bundle.getString(key) : null;
    }
}
