package org.plantrace.web.trace;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.plantrace.application.trace.CellStatus;
import org.plantrace.application.trace.ItemTrace;
import org.plantrace.application.trace.TownshipTrace;
import org.plantrace.application.trace.TraceMatrix;

/**
 * {@code /trace}: the traceability matrix (county clauses × townships) with its filters and totals,
 * or with {@code township=…} that township's view. Every filter is a link (GET), so reading keeps no
 * state and creates no session. An unknown township or verdict answers 404 / 400 with the choices.
 */
@Named("trace")
@RequestScoped
public class TracePage {
    @Inject
    TraceReader reader;
    @Inject
    FacesContext faces;

    private String township;
    private String chapter;
    private String category;
    private String mandatory;
    private String verdict;

    private String problem;
    private TraceSnapshot snapshot;
    private TraceFilters filters = TraceFilters.NONE;
    private MatrixView matrix;
    private TownshipView townshipView;
    private TownshipTrace chosen;

    public void load() {
        Optional<TraceSnapshot> s = reader.snapshot();
        if (s.isEmpty()) {
            problem = "trace.noCounty";
            return;
        }
        snapshot = s.get();
        filters = TraceFilters.of(chapter, category, mandatory, verdict);
        if (filters.verdict() != null && !TraceFilters.isVerdict(filters.verdict())) {
            problem = "trace.badVerdict";
            faces.getExternalContext().setResponseStatus(400);
            return;
        }
        String context = faces.getExternalContext().getRequestContextPath();
        TraceMatrix filtered = filters.matrix(snapshot, reader.source().service(snapshot.county().plan().code()));
        if (township != null && !township.isBlank()) {
            chosen = snapshot.township(township.strip()).orElse(null);
            if (chosen == null) {
                problem = "trace.noTownship";
                faces.getExternalContext().setResponseStatus(404);
                return;
            }
            townshipView = TownshipView.of(filtered, chosen, filters, context);
        }
        matrix = MatrixView.of(filtered, snapshot.county(), context);
    }

    // ---- what the page shows

    public String getProblem() {
        return problem;
    }

    public boolean isDrafts() {
        return snapshot != null && snapshot.drafts();
    }

    public TraceSnapshot getSnapshot() {
        return snapshot;
    }

    public MatrixView getMatrix() {
        return matrix;
    }

    public TownshipView getTownshipView() {
        return townshipView;
    }

    /** The township's coverage under the filters, for the township view. */
    public MatrixView.Column getTownshipColumn() {
        return chosen == null ? null : matrix.columns().stream().filter(c -> c.name().equals(chosen.name())).findFirst().orElse(null);
    }

    public List<String> getTownshipNames() {
        return snapshot == null ? List.of() : snapshot.townships().stream().map(TownshipTrace::name).toList();
    }

    public String townshipHref(String name) {
        return base() + filters.query(name, null, null);
    }

    public boolean isFiltered() {
        return filters.any();
    }

    public String getMatrixHref() {
        return base() + filters.query(null, null, null);
    }

    public List<Link> getChapterLinks() {
        List<Link> out = new ArrayList<>();
        out.add(new Link("", base() + filters.query(township, "chapter", ""), filters.chapter() == null));
        if (snapshot != null) {
            for (Map.Entry<String, String> e : MatrixView.chapters(snapshot.county()).entrySet()) {
                out.add(new Link(e.getValue(), base() + filters.query(township, "chapter", e.getKey()),
                        e.getKey().equals(filters.chapter())));
            }
        }
        return out;
    }

    public List<Link> getCategoryLinks() {
        List<Link> out = new ArrayList<>();
        out.add(new Link("", base() + filters.query(township, "category", ""), filters.category() == null));
        Set<String> all = new LinkedHashSet<>();
        if (snapshot != null) {
            for (TownshipTrace t : snapshot.townships()) {
                for (ItemTrace i : t.items()) {
                    all.add(TraceFilters.categoryOf(i));
                }
            }
        }
        for (String c : all) {
            out.add(new Link(c, base() + filters.query(township, "category", c), c.equals(filters.category())));
        }
        return out;
    }

    public Link getMandatoryToggle() {
        return new Link("", base() + filters.query(township, "mandatory", filters.mandatory() ? "" : "true"), filters.mandatory());
    }

    public List<Link> getVerdictLinks() {
        List<Link> out = new ArrayList<>();
        out.add(new Link("", base() + filters.query(township, "verdict", ""), filters.verdict() == null));
        for (CellStatus s : CellStatus.values()) {
            out.add(new Link(s.label(), base() + filters.query(township, "verdict", s.code()), s.code().equals(filters.verdict()),
                    s.code()));
        }
        return out;
    }

    public String download(String format) {
        String q = filters.query(township, null, null);
        return base() + "/file" + (q.isEmpty() ? "?" : q + "&") + "format=" + format;
    }

    private String base() {
        return faces.getExternalContext().getRequestContextPath() + "/trace";
    }

    /** A filter link: label, address, whether it is the current choice, and a code (a status's CSS class). */
    public record Link(String label, String href, boolean current, String code) {
        Link(String label, String href, boolean current) {
            this(label, href, current, "");
        }
    }

    // ---- parameters

    public String getTownship() {
        return township;
    }

    public void setTownship(String township) {
        this.township = township;
    }

    public String getChapter() {
        return chapter;
    }

    public void setChapter(String chapter) {
        this.chapter = chapter;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getMandatory() {
        return mandatory;
    }

    public void setMandatory(String mandatory) {
        this.mandatory = mandatory;
    }

    public String getVerdict() {
        return verdict;
    }

    public void setVerdict(String verdict) {
        this.verdict = verdict;
    }
}
