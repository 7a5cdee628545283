package org.plantrace.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseKind;
import org.plantrace.domain.clause.Span;
import org.plantrace.domain.clause.TableGrid;
import org.plantrace.extract.entity.ClauseEntities;
import org.plantrace.extract.entity.EntityLinker;
import org.plantrace.extract.indicator.IndicatorListing;
import org.plantrace.ingest.Outline;
import org.plantrace.ingest.ParseWarning;

/**
 * The JSON form of a parsed document: {@code {"title", "clauses":[node…], "warnings":[…]}}, a node
 * being {@code {"id","uid","kind","num","heading","text","mandatory","mandatoryProvenance",
 * "mandatorySpans":[[start,end]…],"indicators":[…],"entities":[…],"children":[…]}}; a table node
 * has {@code "rows":[[cell…]…]} after its text, the cells as {@link TableGrid} reads them. Built as
 * a tree of nodes so the field order is exactly this one.
 */
final class OutlineJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private OutlineJson() {
    }

    static String render(Outline outline, EntityLinker linker) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("title", outline.title());
        ArrayNode clauses = root.putArray("clauses");
        outline.clauses().forEach(c -> clauses.add(node(c, linker)));
        ArrayNode warnings = root.putArray("warnings");
        for (ParseWarning w : outline.warnings()) {
            warnings.addObject().put("location", w.location()).put("message", w.message());
        }
        try {
            return MAPPER.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a tree of JSON nodes always serializes", e);
        }
    }

    private static ObjectNode node(Clause c, EntityLinker linker) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", c.eId());
        n.put("uid", c.uid());
        n.put("kind", c.kind().jsonName());
        n.put("num", c.num());
        n.put("heading", c.heading());
        n.put("text", c.text());
        if (c.kind() == ClauseKind.TABLE) {
            ArrayNode rows = n.putArray("rows");
            for (List<TableGrid.Cell> row : TableGrid.of(c).rows()) {
                ArrayNode cells = rows.addArray();
                row.forEach(cell -> cells.add(cell.text()));
            }
        }
        n.put("mandatory", c.mandatory());
        n.put("mandatoryProvenance", c.mandatoryProvenance() == null ? null : c.mandatoryProvenance().jsonName());
        ArrayNode spans = n.putArray("mandatorySpans");
        for (Span s : c.mandatorySpans()) {
            spans.addArray().add(s.start()).add(s.end());
        }
        n.set("indicators", MAPPER.valueToTree(IndicatorListing.of(c.text()))); // 数值指标, [] when none
        n.set("entities", MAPPER.valueToTree(ClauseEntities.of(c, linker))); // gazetteer links, [] without a gazetteer
        ArrayNode children = n.putArray("children");
        List<Clause> kids = c.children();
        kids.forEach(k -> children.add(node(k, linker)));
        return n;
    }
}
