package org.plantrace.web.trace;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.plantrace.application.trace.Impact;
import org.plantrace.application.trace.ItemTrace;
import org.plantrace.application.trace.TownshipTrace;
import org.plantrace.application.trace.TraceMatrix;
import org.plantrace.conformance.Finding;
import org.plantrace.ingest.InputRejectedException;
import org.plantrace.transmission.SourceClause;
import org.plantrace.web.compare.ChangeView;

/**
 * The trace on clause pages, both ways: a county clause's township implementations (its matrix row,
 * each township with its verdict, item count and carrying clauses), a township clause's county
 * clauses (the items whose findings rest on it, and their sources), and for readers who may see
 * drafts the impact of changing a county clause (影响分析, with what the county's draft does to it).
 */
@Named("clauseTrace")
@RequestScoped
public class ClauseTrace {
    private static final Logger LOG = Logger.getLogger(ClauseTrace.class.getName());

    @Inject
    TraceReader reader;
    @Inject
    FacesContext faces;

    private final Map<String, Object> done = new LinkedHashMap<>();

    /** A township carrying a county clause: verdict, items, carrying clauses, and its view of the matrix at the clause. */
    public record Implementation(String township, String code, String label, int items, List<TownshipView.Carrier> carriers,
            String href) {
    }

    /** A county clause a township clause carries. */
    public record Source(String uid, String citation, String href) {
    }

    /**
     * The impact of a county clause for the page: the draft's change word key (null without a draft),
     * the townships with a plan (each item and its carrying clauses), and the names of those without
     * one, listed in a line: for them there is nothing to check but the items themselves.
     */
    public record ImpactView(Integer draftVersion, String change, List<ImpactTownship> townships, List<String> withoutPlan,
            List<ImpactReview> reviews) {
    }

    /** A stored review the change reaches: its township, number, township plan version and decided items. */
    public record ImpactReview(String township, long id, int townshipVersion, int decided) {
    }

    public record ImpactTownship(String name, String planHref, List<ImpactItem> items) {
    }

    public record ImpactItem(String category, String requirement, boolean mandatory, String code, String label,
            List<TownshipView.Carrier> carriers) {
    }

    private String context() {
        return faces.getExternalContext().getRequestContextPath();
    }

    private boolean isCounty(TraceSnapshot s, String plan) {
        return s.county().plan().code().equals(plan);
    }

    /** The townships implementing the county clause {@code uid} of plan {@code plan}; empty for other plans. */
    public List<Implementation> implementations(String plan, String uid) {
        @SuppressWarnings("unchecked")
        List<Implementation> known = (List<Implementation>) done.get("impl " + plan + " " + uid);
        if (known != null) {
            return known;
        }
        List<Implementation> out = new ArrayList<>();
        Optional<TraceSnapshot> s = reader.snapshot();
        if (s.isPresent() && isCounty(s.get(), plan)) {
            TraceMatrix.Row row = s.get().matrix().rows().stream().filter(r -> r.uid().equals(uid)).findFirst().orElse(null);
            if (row != null) {
                for (Map.Entry<String, TraceMatrix.Cell> e : row.cells().entrySet()) {
                    TownshipTrace t = s.get().township(e.getKey()).orElseThrow();
                    TraceMatrix.Cell c = e.getValue();
                    out.add(new Implementation(t.name(), c.status().code(), c.status().label(), c.items(),
                            new TownshipCarriers(t, context()).carriers(c.townshipClauses()),
                            context() + "/trace" + TraceFilters.NONE.query(t.name(), null, null) + "#c-" + uid));
                }
            }
        }
        done.put("impl " + plan + " " + uid, out);
        return out;
    }

    /** A clause changed between two versions that township checklists draw from, with its implementations. */
    public record ChangedClause(String uid, String title, String href, List<Implementation> townships) {
    }

    /** The changes of a comparison of the county plan that reach townships (影响分析 on the compare page). */
    public List<ChangedClause> changed(String plan, List<ChangeView> changes) {
        List<ChangedClause> out = new ArrayList<>();
        if (changes == null) {
            return out;
        }
        for (ChangeView c : changes) {
            List<Implementation> impl = implementations(plan, c.uid());
            if (!impl.isEmpty()) {
                out.add(new ChangedClause(c.uid(), c.title(), context() + "/clause/" + c.uid(), impl));
            }
        }
        return out;
    }

    /** Whether {@code plan} is the county plan the trace is about. */
    public boolean county(String plan) {
        return reader.snapshot().map(s -> isCounty(s, plan)).orElse(false);
    }

    /** Whether {@code plan} is a township plan the trace judged (in the version this reader sees judged). */
    public boolean township(String plan) {
        return reader.snapshot().flatMap(s -> s.byPlan(plan)).isPresent();
    }

    /** The county clauses the township clause {@code uid} of township plan {@code plan} carries, by the trace's findings. */
    public List<Source> sources(String plan, String uid) {
        @SuppressWarnings("unchecked")
        List<Source> known = (List<Source>) done.get("src " + plan + " " + uid);
        if (known != null) {
            return known;
        }
        Map<String, Source> out = new LinkedHashMap<>();
        Optional<TownshipTrace> t = reader.snapshot().flatMap(s -> s.byPlan(plan));
        if (t.isPresent()) {
            String path = new TownshipCarriers(t.get(), context()).pathOf(uid);
            for (ItemTrace i : t.get().items()) {
                Finding f = i.finding();
                if (path == null || f == null || f.townshipClauses().stream().noneMatch(c -> path.equals(c.id()))) {
                    continue;
                }
                for (SourceClause src : i.item().sourceClauses()) {
                    if (src.uid() != null) {
                        String cited = src.citation() == null || src.citation().isBlank() ? src.heading() : src.citation();
                        out.putIfAbsent(src.uid(), new Source(src.uid(), cited, context() + "/clause/" + src.uid()));
                    }
                }
            }
        }
        List<Source> list = List.copyOf(out.values());
        done.put("src " + plan + " " + uid, list);
        return list;
    }

    /** 影响分析 of the county clause {@code uid}, for readers who may see drafts; null otherwise or for other plans. */
    public ImpactView impact(String plan, String uid) {
        String key = "impact " + plan + " " + uid;
        if (done.containsKey(key)) {
            return (ImpactView) done.get(key);
        }
        ImpactView view = null;
        Optional<TraceSnapshot> s = reader.snapshot();
        if (reader.drafts() && s.isPresent() && isCounty(s.get(), plan)) {
            try {
                Impact impact = reader.source().service(plan).impact(s.get().county(), uid, s.get().townships());
                view = view(impact, s.get());
            } catch (InputRejectedException e) {
                LOG.log(Level.FINE, "no impact for a clause outside the published version and its draft", e);
            }
        }
        done.put(key, view);
        return view;
    }

    private ImpactView view(Impact impact, TraceSnapshot s) {
        List<ImpactTownship> townships = new ArrayList<>();
        List<String> withoutPlan = new ArrayList<>();
        for (Impact.Township t : impact.townships()) {
            if (t.plan() == null) {
                withoutPlan.add(t.name());
                continue;
            }
            TownshipTrace trace = s.township(t.name()).orElseThrow();
            TownshipCarriers carriers = new TownshipCarriers(trace, context());
            List<ImpactItem> items = new ArrayList<>();
            for (Impact.Item i : t.items()) {
                items.add(new ImpactItem(i.category(), i.requirement(), i.mandatory(), i.status().code(), i.status().label(),
                        i.townshipClauses().stream().map(c -> carriers.carrier(c.id(), c.heading())).toList()));
            }
            townships.add(new ImpactTownship(t.name(), context() + "/trace" + TraceFilters.NONE.query(t.name(), null, null)
                    + "#c-" + impact.uid(), items));
        }
        List<ImpactReview> reviews = impact.reviews().stream()
                .map(r -> new ImpactReview(r.township(), r.id(), r.townshipVersion(), r.decided())).toList();
        return new ImpactView(impact.draft() == null ? null : impact.draft().version(),
                impact.draft() == null ? null : impact.draft().change(), townships, withoutPlan, reviews);
    }
}
