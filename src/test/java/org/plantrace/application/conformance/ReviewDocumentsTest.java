package org.plantrace.application.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.docx4j.TextUtils;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.junit.jupiter.api.Test;
import org.plantrace.conformance.Finding;
import org.plantrace.conformance.Verdict;
import org.plantrace.conformance.output.ReviewFormat;
import org.plantrace.domain.conformance.Conclusion;
import org.plantrace.domain.conformance.ConformanceRecord;
import org.plantrace.domain.conformance.DecisionKind;
import org.plantrace.domain.conformance.FindingOrigin;
import org.plantrace.domain.conformance.RecordedFinding;
import org.plantrace.domain.conformance.ReviewDecision;

/** The files of a stored review carry the reviewer's decisions and conclusion, not only the engine's words. */
class ReviewDocumentsTest {
    static final Instant AT = Instant.parse("2026-03-02T02:00:00Z");

    static ConformanceRecord record(Conclusion conclusion) {
        Finding violated = new Finding(Verdict.VIOLATED, "指标", "耕地保有量不低于7450公顷", true, Finding.SEVERE,
                List.of(new Finding.CountyCite("c1", "chp_1__art_2", "耕地保有量…", "《县规划》第二条")),
                List.of(new Finding.TownshipCite("chp_3__art_6", "耕地和永久基本农田", "耕地保有量不低于7320公顷")),
                "耕地保有量不低于7320公顷", "耕地保有量：7320 公顷 < 7450 公顷，不满足下达值 不低于7450公顷", "d-farmland/quantity");
        Finding met = new Finding(Verdict.MET, "控制线", "划定生态保护红线", false, Finding.NONE, List.of(), List.of(), "生态保护红线", "已写明", "d-red/terms");
        ReviewDecision override = new ReviewDecision(DecisionKind.OVERRIDDEN, Verdict.MET, "差额为已批准的占补平衡调整，同意", "reviewer", AT, 0);
        return new ConformanceRecord(7, 3, "c--tw-w", 2, "c", 1, "王庄堡镇", "县规划", "王庄堡镇规划",
                new ConformanceRecord.ChecklistUsed("王庄堡镇", 2, "0123456789abcdef"), "reviewer", AT, "不予通过", conclusion, 0,
                List.of(), List.of(new RecordedFinding(1, violated, FindingOrigin.ENGINE, override),
                        new RecordedFinding(2, met, FindingOrigin.ENGINE, null)));
    }

    static byte[] write(ConformanceRecord r, ReviewFormat f) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReviewDocuments.write(r, f, out);
        return out.toByteArray();
    }

    @Test
    void theWordOpinionHasTheReviewersColumnAndConclusion() throws Exception {
        ConformanceRecord r = record(new Conclusion("修改完善后通过", "补充说明后报批", "审查员丙", AT));
        WordprocessingMLPackage word = WordprocessingMLPackage.load(new ByteArrayInputStream(write(r, ReviewFormat.DOCX)));
        String text = TextUtils.getText(word.getMainDocumentPart().getJaxbElement());
        assertTrue(text.contains("审查人意见"), "the decision column");
        assertTrue(text.contains("改判为符合：差额为已批准的占补平衡调整，同意（系统判定：不符合）"), text);
        assertTrue(text.contains("修改完善后通过。补充说明后报批（系统建议：不予通过）"), "the reviewer's conclusion, the suggestion beside it");
        assertFalse(text.contains("待审查人确认"));
        assertTrue(text.contains("审查员丙"));
        assertTrue(text.contains("7320 公顷 < 7450 公顷"), "the engine's reason stays");
    }

    @Test
    void withoutAConclusionTheSuggestionIsMarkedAsSuch() throws Exception {
        WordprocessingMLPackage word = WordprocessingMLPackage.load(new ByteArrayInputStream(write(record(null), ReviewFormat.DOCX)));
        assertTrue(TextUtils.getText(word.getMainDocumentPart().getJaxbElement()).contains("不予通过（系统建议，待审查人确认）"));
    }

    @Test
    void jsonAndCsvCarryTheDecisions() throws Exception {
        ConformanceRecord r = record(new Conclusion("通过", "", "reviewer", AT));
        JsonNode json = new ObjectMapper().readTree(write(r, ReviewFormat.JSON));
        assertEquals("通过", json.get("reviewerConclusion").asText());
        assertEquals("不予通过", json.get("conclusion").asText(), "the engine's suggestion stays under its name");
        assertEquals("met", json.get("findings").get(0).get("status").asText(), "the effective verdict");
        assertTrue(json.get("findings").get(0).get("decision").asText().startsWith("改判为符合"));
        assertEquals("", json.get("findings").get(1).get("decision").asText());
        assertEquals(1, json.get("summary").get("met").asInt() - 1, "both findings now met");
        String csv = new String(write(r, ReviewFormat.CSV), StandardCharsets.UTF_8);
        assertTrue(csv.lines().findFirst().orElseThrow().endsWith(",\"审查人意见\""));
        assertTrue(csv.contains("\"改判为符合：差额为已批准的占补平衡调整，同意（系统判定：不符合）\""));
        assertTrue(write(r, ReviewFormat.PDF).length > 1000);
        assertEquals("王庄堡镇符合性审查意见书-第7号.docx", ReviewDocuments.fileName(r, ReviewFormat.DOCX));
    }
}
