package org.plantrace.application.trace.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.plantrace.application.trace.Coverage;
import org.plantrace.application.trace.Impact;
import org.plantrace.application.trace.Place;
import org.plantrace.application.trace.TraceMatrix;
import org.plantrace.conformance.Finding;

/**
 * The JSON of the {@code trace}, {@code impact} and {@code at} commands, in the shapes issue #12
 * gives, with a few fields more (the citation of a clause, the basis of the verdicts).
 */
public final class TraceJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TraceJson() {
    }

    public static String matrix(TraceMatrix m) {
        ObjectNode root = MAPPER.createObjectNode();
        county(root, m.countyCode(), m.countyVersion()).put("title", m.countyTitle());
        ArrayNode townships = root.putArray("townships");
        for (TraceMatrix.Column c : m.townships()) {
            ObjectNode t = townships.addObject().put("name", c.name()).put("plan", c.plan()).put("basis", c.basis());
            coverage(t.putObject("coverage"), c.coverage()).put("orphaned", c.orphaned());
        }
        ArrayNode rows = root.putArray("rows");
        for (TraceMatrix.Row r : m.rows()) {
            ObjectNode row = rows.addObject().put("uid", r.uid()).put("path", r.path()).put("heading", r.heading())
                    .put("citation", r.citation());
            ObjectNode cells = row.putObject("cells");
            for (Map.Entry<String, TraceMatrix.Cell> e : r.cells().entrySet()) {
                ObjectNode cell = cells.putObject(e.getKey()).put("items", e.getValue().items())
                        .put("status", e.getValue().status().label());
                ArrayNode ids = cell.putArray("townshipClauses");
                e.getValue().townshipClauses().forEach(ids::add);
            }
        }
        return root.toString();
    }

    private static ObjectNode coverage(ObjectNode o, Coverage c) {
        return o.put("covered", c.covered()).put("uncovered", c.uncovered()).put("violated", c.violated())
                .put("suspect", c.suspect()).put("unreviewed", c.unreviewed());
    }

    private static ObjectNode county(ObjectNode root, String code, int version) {
        return root.putObject("countyPlan").put("code", code).put("version", version);
    }

    public static String impact(Impact i) {
        ObjectNode root = MAPPER.createObjectNode();
        county(root, i.countyCode(), i.countyVersion());
        root.putObject("clause").put("uid", i.uid()).put("path", i.path()).put("heading", i.heading())
                .put("citation", i.citation());
        if (i.draft() == null) {
            root.putNull("draft");
        } else {
            root.putObject("draft").put("version", i.draft().version()).put("status", i.draft().status())
                    .put("change", i.draft().change());
        }
        ArrayNode townships = root.putArray("townships");
        for (Impact.Township t : i.townships()) {
            ObjectNode o = townships.addObject().put("name", t.name()).put("plan", t.plan()).put("basis", t.basis());
            if (t.plan() != null) {
                o.put("planVersion", t.planVersion());
            }
            ArrayNode items = o.putArray("items");
            for (Impact.Item item : t.items()) {
                ObjectNode io = items.addObject().put("category", item.category()).put("requirement", item.requirement())
                        .put("mandatory", item.mandatory()).put("status", item.status().label());
                ArrayNode clauses = io.putArray("townshipClauses");
                for (Finding.TownshipCite c : item.townshipClauses()) {
                    clauses.addObject().put("id", c.id()).put("heading", c.heading()).put("text", c.text());
                }
                ArrayNode sources = io.putArray("countyClauses");
                item.sources().forEach(sources::add);
            }
        }
        // the stored reviews the change reaches: their decisions on the clause's items turn suspect once it is published
        ArrayNode reviews = root.putArray("reviews");
        for (Impact.Review r : i.reviews()) {
            reviews.addObject().put("township", r.township()).put("plan", r.plan()).put("review", r.id())
                    .put("townshipVersion", r.townshipVersion()).put("countyVersion", r.countyVersion())
                    .put("reviewer", r.reviewer()).put("at", r.at().toString()).put("decided", r.decided());
        }
        return root.toString();
    }

    public static String place(Place p) {
        ObjectNode root = MAPPER.createObjectNode();
        county(root, p.countyCode(), p.countyVersion());
        root.putObject("point").put("lon", p.lon()).put("lat", p.lat());
        root.put("outside", p.outside());
        if (p.outside()) {
            root.put("message", "该点不在县域范围内 / the point lies outside the county");
        }
        root.put("township", p.township());
        ArrayNode features = root.putArray("features");
        p.features().forEach(f -> features.addObject().put("layer", f.layer()).put("name", f.name())
                .put("illustrative", f.illustrative()));
        ArrayNode clauses = root.putArray("clauses");
        p.clauses().forEach(c -> clauses.addObject().put("plan", c.plan()).put("uid", c.uid()).put("path", c.path())
                .put("heading", c.heading()).put("citation", c.citation()));
        return root.toString();
    }
}
