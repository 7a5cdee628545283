package org.plantrace.transmission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped rules load; broken rule files are refused with a message naming the file, line and problem. */
class DerivationRulesTest {
    private static final String HEADER = "id\ttype\ttarget\tcategory\ttrigger\twithin\tcut\tscope\tquantity\ttemplate\tnote\n";

    @TempDir
    Path dir;

    @Test
    void theShippedRulesLoadAndEveryTypeIsUsed() {
        DerivationRules rules = DerivationRules.read(Path.of("templates"));
        assertTrue(rules.rules().size() > 30);
        for (char type : "abcdef".toCharArray()) {
            assertTrue(rules.rules().stream().anyMatch(r -> r.type() == type), "no rule of type " + type);
        }
        assertTrue(rules.rules().stream().allMatch(r -> !r.note().isBlank()), "every rule says why");
        assertEquals(0, rules.categoryRank("分类定位"));
    }

    @Test
    void theLocatorHonoursTheSystemProperty() {
        String old = System.getProperty(TemplatesLocator.PROPERTY);
        try {
            System.setProperty(TemplatesLocator.PROPERTY, dir.toString());
            assertEquals(dir.toAbsolutePath().normalize(), TemplatesLocator.templatesRoot());
        } finally {
            if (old == null) {
                System.clearProperty(TemplatesLocator.PROPERTY);
            } else {
                System.setProperty(TemplatesLocator.PROPERTY, old);
            }
        }
    }

    @Test
    void aTableRowRuleBindsOnlyTheTownshipsItsRowNames() throws Exception {
        RuleFileException e = refused("d-x\td\ttownship\t设施与项目\t面积\t-\ttable-row\tall\t-\t-\tnote\n");
        assertTrue(e.getMessage().contains("table-row"), e.getMessage());
    }

    private RuleFileException refused(String rulesBody) throws Exception {
        Path t = dir.resolve("transmission");
        Files.createDirectories(t);
        Files.writeString(t.resolve("categories.tsv"), "# c\n设施与项目\t乡镇\tx\n", StandardCharsets.UTF_8);
        Files.writeString(t.resolve("rules.tsv"), "# r\n" + HEADER + rulesBody, StandardCharsets.UTF_8);
        return assertThrows(RuleFileException.class, () -> DerivationRules.read(dir));
    }

    @Test
    void aBrokenRegexIsNamedWithItsLine() throws Exception {
        RuleFileException e = refused("e-x\te\ttownship\t设施与项目\t建设(\t-\tpiece\tnamed\t-\t-\tnote\n");
        assertTrue(e.getMessage().contains("rules.tsv 第 3 行") && e.getMessage().contains("trigger"), e.getMessage());
    }

    @Test
    void aMissingColumnIsRefused() throws Exception {
        RuleFileException e = refused("e-x\te\ttownship\t设施与项目\t建设\n");
        assertTrue(e.getMessage().contains("应有 11 列"), e.getMessage());
    }

    @Test
    void anUnknownCategoryIsRefused() throws Exception {
        RuleFileException e = refused("e-x\te\ttownship\t其他\t建设\t-\tpiece\tnamed\t-\t-\tnote\n");
        assertTrue(e.getMessage().contains("不在 categories.tsv 中"), e.getMessage());
    }

    @Test
    void aUnitScopeOnATownshipRuleIsRefused() throws Exception {
        RuleFileException e = refused("e-x\te\ttownship\t设施与项目\t建设\t-\tpiece\tall-units\t-\t-\tnote\n");
        assertTrue(e.getMessage().contains("不相符"), e.getMessage());
    }

    @Test
    void anOverlayRuleNeedsATemplateAndALayer() throws Exception {
        RuleFileException e = refused("d-x\td\ttownship\t设施与项目\t建设\t-\toverlay\tall\t-\t-\tnote\n");
        assertTrue(e.getMessage().contains("overlay"), e.getMessage());
        RuleFileException unit = refused("d-x\td\ttownship\t设施与项目\t建设\t-\toverlay\tall\toverlay:耕地:>=:耕地:hectare\t{area}\tnote\n");
        assertTrue(unit.getMessage().contains("单位"), unit.getMessage());
    }

    @Test
    void duplicateIdsAreRefused() throws Exception {
        String row = "e-x\te\ttownship\t设施与项目\t建设\t-\tpiece\tnamed\t-\t-\tnote\n";
        assertTrue(refused(row + row).getMessage().contains("重复"));
    }

    @Test
    void aFileThatIsNotUtf8IsRefused() throws Exception {
        Path t = dir.resolve("transmission");
        Files.createDirectories(t);
        Files.writeString(t.resolve("categories.tsv"), "设施与项目\n", StandardCharsets.UTF_8);
        Files.write(t.resolve("rules.tsv"), (HEADER + "e-x\te\ttownship\t设施与项目\t建设\t-\tpiece\tnamed\t-\t-\t说明\n")
                .getBytes(java.nio.charset.Charset.forName("GBK")));
        RuleFileException e = assertThrows(RuleFileException.class, () -> DerivationRules.read(dir));
        assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());
    }

    @Test
    void aMissingFolderSaysWhereToLook() {
        RuleFileException e = assertThrows(RuleFileException.class, () -> DerivationRules.read(dir.resolve("nowhere")));
        assertTrue(e.getMessage().contains("plantrace.templates"), e.getMessage());
    }

    @Test
    void aHugeFileIsRefused() throws Exception {
        Path t = dir.resolve("transmission");
        Files.createDirectories(t);
        Files.writeString(t.resolve("categories.tsv"), "设施与项目\n", StandardCharsets.UTF_8);
        Files.writeString(t.resolve("rules.tsv"), "#" + "x".repeat(2 << 20), StandardCharsets.UTF_8);
        RuleFileException e = assertThrows(RuleFileException.class, () -> DerivationRules.read(dir));
        assertTrue(e.getMessage().contains("过大"), e.getMessage());
    }
}
