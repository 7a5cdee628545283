package org.plantrace.transmission.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import org.plantrace.transmission.Checklist;
import org.plantrace.transmission.ChecklistItem;
import org.plantrace.transmission.QuantityTarget;
import org.plantrace.transmission.SourceClause;

/**
 * The checklist as JSON, in the shape issue 5 fixes:
 * {@code {"target","planVersion","items":[{"category","requirement","mandatory","target":{…}|null,
 * "sourceClauses":[{"id","uid","heading"}],"rule"}]}}, plus fields a reader may find useful
 * ({@code targetKind}, {@code planCode}, {@code planTitle}, {@code generatedAt}; per item
 * {@code features}, {@code suspect}). Numbers are written as JSON numbers, exactly as stored.
 */
public final class ChecklistJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private ChecklistJson() {
    }

    public static ObjectNode node(Checklist c) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("target", c.target().name());
        root.put("targetKind", c.target().kind().name());
        root.put("planCode", c.planCode());
        root.put("planTitle", c.planTitle());
        root.put("planVersion", c.planVersion());
        root.put("generatedAt", c.generatedAt() == null ? null : c.generatedAt().toString());
        ArrayNode notes = root.putArray("notes");
        c.notes().forEach(notes::add);
        ArrayNode items = root.putArray("items");
        for (ChecklistItem item : c.items()) {
            ObjectNode i = items.addObject();
            i.put("category", item.category());
            i.put("requirement", item.requirement());
            i.put("mandatory", item.mandatory());
            QuantityTarget t = item.target();
            if (t == null) {
                i.putNull("target");
            } else {
                ObjectNode tn = i.putObject("target");
                tn.put("name", t.name());
                tn.put("op", t.op());
                tn.put("value", t.value());
                tn.put("valueMax", t.valueMax());
                tn.put("unit", t.unit());
                tn.put("basis", t.basis());
            }
            ArrayNode sources = i.putArray("sourceClauses");
            for (SourceClause s : item.sourceClauses()) {
                ObjectNode sn = sources.addObject();
                sn.put("id", s.id());
                sn.put("uid", s.uid());
                sn.put("heading", s.heading());
                sn.put("citation", ChecklistWording.source(s));
            }
            i.put("rule", item.rule());
            ArrayNode features = i.putArray("features");
            item.features().forEach(features::add);
            i.put("suspect", item.suspect());
            i.put("estimate", item.estimate());
        }
        return root;
    }

    /** One line of UTF-8 JSON; the stream stays open. */
    public static void write(Checklist c, OutputStream out) throws IOException {
        MAPPER.writeValue(out, node(c));
    }

    public static String string(Checklist c) {
        return node(c).toString();
    }
}
