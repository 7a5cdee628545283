package org.plantrace.transmission.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plantrace.transmission.Checklist;
import org.plantrace.transmission.ChecklistItem;
import org.plantrace.transmission.SourceClause;

class ChecklistJsonTest {
    private final Checklist checklist = ChecklistFixture.wangzhuangpu();

    private JsonNode written() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ChecklistJson.write(checklist, out);
        return new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void hasTheShapeTheIssueFixes() throws Exception {
        JsonNode root = written();
        assertEquals("王庄堡镇", root.get("target").asText());
        assertEquals(2, root.get("planVersion").asInt());
        assertTrue(root.get("planVersion").isInt());
        JsonNode items = root.get("items");
        assertEquals(checklist.items().size(), items.size());
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            ChecklistItem expected = checklist.items().get(i);
            for (String field : List.of("category", "requirement", "mandatory", "target", "sourceClauses", "rule")) {
                assertTrue(item.has(field), "item " + i + " lacks " + field);
            }
            assertEquals(expected.category(), item.get("category").asText());
            assertEquals(expected.requirement(), item.get("requirement").asText());
            assertEquals(expected.mandatory(), item.get("mandatory").asBoolean());
            assertEquals(expected.rule(), item.get("rule").asText());
            assertEquals(expected.target() == null, item.get("target").isNull());
            JsonNode sources = item.get("sourceClauses");
            assertEquals(expected.sourceClauses().size(), sources.size());
            for (int s = 0; s < sources.size(); s++) {
                SourceClause clause = expected.sourceClauses().get(s);
                assertEquals(clause.id(), sources.get(s).get("id").asText());
                assertEquals(clause.uid(), sources.get(s).get("uid").asText());
                assertEquals(clause.heading(), sources.get(s).get("heading").asText());
            }
        }
    }

    @Test
    void quantitiesAreExactNumbers() throws Exception {
        JsonNode farmland = written().get("items").get(4).get("target");
        assertEquals(">=", farmland.get("op").asText());
        assertTrue(farmland.get("value").isNumber());
        assertEquals(0, new BigDecimal("1.23").compareTo(farmland.get("value").decimalValue()));
        assertTrue(farmland.get("valueMax").isNull());
        assertEquals("万亩", farmland.get("unit").asText());
        JsonNode range = written().get("items").get(0).get("target");
        assertEquals("range", range.get("op").asText());
        assertEquals(0, BigDecimal.ONE.compareTo(range.get("valueMax").decimalValue()));
    }

    @Test
    void anEmptyChecklistIsStillAChecklist() throws Exception {
        JsonNode root = new ObjectMapper().readTree(ChecklistJson.string(ChecklistFixture.empty()));
        assertEquals("详规单元01", root.get("target").asText());
        assertTrue(root.get("items").isArray());
        assertEquals(0, root.get("items").size());
        assertFalse(root.get("suspect") != null, "suspect belongs to items, not to the list");
    }
}
