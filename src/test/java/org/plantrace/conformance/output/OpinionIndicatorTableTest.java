package org.plantrace.conformance.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.xml.bind.JAXBElement;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.docx4j.TextUtils;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.Tc;
import org.docx4j.wml.Tr;
import org.junit.jupiter.api.Test;
import org.plantrace.conformance.Finding;
import org.plantrace.conformance.Review;
import org.plantrace.conformance.ReviewSamples;

/**
 * Issue #11: the 审查意见书's indicator table has a column for each of 指标, 下达值, 规划值, 换算, 比较
 * and 结论, filled from the engine's figures — here the 永安镇 sample, whose 耕地保有量 is stated in 公顷
 * against a county value in 万亩.
 */
class OpinionIndicatorTableTest {

    @Test
    void eachFigureHasItsOwnColumn() throws Exception {
        Review review = ReviewSamples.review("永安镇", ReviewSamples.FOLDER.resolve("yongan.txt"));
        Finding cropland = review.findings().stream().filter(f -> f.figures() != null && f.figures().indicator().equals("耕地保有量"))
                .findFirst().orElseThrow();
        assertEquals("≥ 2500 公顷", cropland.figures().planned(), "the township's figure as it binds");
        assertEquals("3.75 万亩", cropland.figures().converted());
        assertTrue(cropland.figures().assigned().contains("万亩"), cropland.figures().assigned());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReviewDocx.standard().write(review, "测试", Instant.parse("2026-03-02T02:00:00Z"), out);
        WordprocessingMLPackage word = WordprocessingMLPackage.load(new ByteArrayInputStream(out.toByteArray()));
        List<Tbl> tables = new ArrayList<>();
        for (Object o : word.getMainDocumentPart().getContent()) {
            Object v = o instanceof JAXBElement<?> e ? e.getValue() : o;
            if (v instanceof Tbl t) {
                tables.add(t);
            }
        }
        Tbl indicators = tables.get(tables.size() - 1);
        assertEquals(List.of("序号", "指标", "下达值", "规划值", "换算", "比较", "结论"), cells((Tr) indicators.getContent().get(0)));
        List<String> row = indicators.getContent().stream().skip(1).map(r -> cells((Tr) r))
                .filter(c -> c.get(1).equals("耕地保有量")).findFirst().orElseThrow();
        assertEquals("≥ 2500 公顷", row.get(3));
        assertEquals("3.75 万亩", row.get(4));
        assertEquals(cropland.figures().comparison(), row.get(5));
        assertEquals(cropland.status().label(), row.get(6));
    }

    private static List<String> cells(Tr tr) {
        List<String> out = new ArrayList<>();
        for (Object o : tr.getContent()) {
            Object v = o instanceof JAXBElement<?> e ? e.getValue() : o;
            if (v instanceof Tc tc) {
                out.add(TextUtils.getText(tc).strip());
            }
        }
        return out;
    }
}
