package org.plantrace.conformance.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import org.plantrace.conformance.Finding;
import org.plantrace.conformance.Review;
import org.plantrace.conformance.Verdict;

/**
 * The review as JSON, exactly the shape issue 11 fixes:
 * {@code {"township","countyPlan":{"code","version"},"townshipPlan":{"title"},"conclusion",
 * "findings":[{"status","category","requirement","mandatory","severity","countyClauses":[{"uid","path","text"}],
 * "townshipClauses":[{"id","heading","text"}],"evidence","reason","rule"}],"summary":{"met","violated",
 * "partial","missing","unclear"}}}, nothing more (scripts written against the issue read it as is).
 */
public final class ReviewJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private ReviewJson() {
    }

    public static ObjectNode node(Review r) {
        return node(r, null);
    }

    /**
     * With {@code notes} (a stored review), each finding also has {@code "decision"} (the reviewer's
     * words, "" when undecided) and the root {@code "reviewerConclusion"} (null until set) beside the
     * engine's {@code "conclusion"}.
     */
    public static ObjectNode node(Review r, ReviewerNotes notes) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("township", r.township());
        ObjectNode county = root.putObject("countyPlan");
        county.put("code", r.countyCode());
        county.put("version", r.countyVersion());
        root.putObject("townshipPlan").put("title", r.townshipTitle());
        root.put("conclusion", r.conclusion());
        ArrayNode findings = root.putArray("findings");
        for (Finding f : r.findings()) {
            ObjectNode n = findings.addObject();
            n.put("status", f.status().code());
            n.put("category", f.category());
            n.put("requirement", f.requirement());
            n.put("mandatory", f.mandatory());
            n.put("severity", f.severity());
            ArrayNode cc = n.putArray("countyClauses");
            f.countyClauses().forEach(c -> cc.addObject().put("uid", c.uid()).put("path", c.path()).put("text", c.text())
                    .put("citation", c.cited()));
            ArrayNode tc = n.putArray("townshipClauses");
            f.townshipClauses().forEach(c -> tc.addObject().put("id", c.id()).put("heading", c.heading()).put("text", c.text()));
            n.put("evidence", f.evidence());
            n.put("reason", f.reason());
            n.put("rule", f.rule());
            if (notes != null) {
                n.put("decision", notes.decision(findings.size() - 1));
            }
        }
        if (notes != null) {
            root.put("reviewerConclusion", notes.conclusion());
            root.put("reviewerConclusionNote", notes.conclusionNote());
        }
        ObjectNode summary = root.putObject("summary");
        r.summary().forEach((Verdict v, Integer n) -> summary.put(v.code(), n));
        return root;
    }

    public static void write(Review r, OutputStream out) throws IOException {
        MAPPER.writeValue(out, node(r));
    }

    public static void write(Review r, ReviewerNotes notes, OutputStream out) throws IOException {
        MAPPER.writeValue(out, node(r, notes));
    }
}
