package org.plantrace.application.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndicatorLayerRulesTest {
    static final Path CORPUS_RULES = Path.of("corpus/links", IndicatorLayerRules.FILE_NAME);

    @TempDir
    Path dir;

    @Test
    void theCorpusTableLinksTheControlLineIndicatorsToTheirLayers() {
        IndicatorLayerRules rules = IndicatorLayerRules.read(CORPUS_RULES);
        assertEquals("ecological-red-line", rules.match("生态保护红线面积").orElseThrow().layerKind());
        assertEquals("permanent-basic-farmland", rules.match("永久基本农田").orElseThrow().layerKind());
        assertEquals("cultivated-land", rules.match("耕地保有量").orElseThrow().layerKind());
        assertEquals("urban-development-boundary", rules.match("城镇开发边界扩展倍数").orElseThrow().layerKind());
        assertTrue(rules.match("森林覆盖率").isEmpty(), "no layer measures forest cover");
        assertTrue(rules.match("生态保护红线面积").orElseThrow().rule().contains("L96"), "the rule names its source");
    }

    private Path file(String body) throws Exception {
        return Files.writeString(dir.resolve("rules.tsv"), "# test\npattern\tlayer\tsource\n" + body, StandardCharsets.UTF_8);
    }

    @Test
    void aBrokenRowIsRefusedWithTheLineAndWhatToFix() throws Exception {
        IllegalArgumentException badRegex = assertThrows(IllegalArgumentException.class,
                () -> IndicatorLayerRules.read(file("^(耕地\tcultivated-land\tx\n")));
        assertTrue(badRegex.getMessage().contains("rules.tsv 第 3 行") && badRegex.getMessage().contains("正则表达式"),
                badRegex.getMessage());
        IllegalArgumentException badLayer = assertThrows(IllegalArgumentException.class,
                () -> IndicatorLayerRules.read(file("^耕地\tfarm\tx\n")));
        assertTrue(badLayer.getMessage().contains("未知图层“farm”"), badLayer.getMessage());
        IllegalArgumentException columns = assertThrows(IllegalArgumentException.class,
                () -> IndicatorLayerRules.read(file("^耕地 cultivated-land\n")));
        assertTrue(columns.getMessage().contains("三列"), columns.getMessage());
    }

    @Test
    void aFileThatIsNotUtf8OrFarTooLargeIsRefused() throws Exception {
        Path gbk = Files.write(dir.resolve("gbk.tsv"), "pattern\tlayer\tsource\n^耕地\tcultivated-land\t来源\n".getBytes("GBK"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> IndicatorLayerRules.read(gbk)).getMessage()
                .contains("UTF-8"));
        Path huge = dir.resolve("huge.tsv");
        Files.write(huge, new byte[(int) IndicatorLayerRules.MAX_BYTES + 1]);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> IndicatorLayerRules.read(huge)).getMessage()
                .contains("过大"));
    }
}
