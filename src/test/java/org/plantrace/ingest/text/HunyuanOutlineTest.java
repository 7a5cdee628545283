package org.plantrace.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseKind;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.ingest.Outline;

/** The plain-text reader against the real Hunyuan plan export, as it reached us. */
class HunyuanOutlineTest {
    static final Path SEED = Path.of("corpus/hunyuan/hunyuan-2021-2035.txt");
    static Outline outline;

    @BeforeAll
    static void parse() throws Exception {
        outline = new TextReader().read(SEED);
    }

    @Test
    void wholeOutlineIsTheOneWrittenDownByReadingThePlan() throws IOException {
        String expected = Files.readAllLines(Path.of("src/test/resources/hunyuan/expected-outline.txt")).stream()
                .filter(l -> !l.startsWith("#"))
                .collect(Collectors.joining("\n", "", "\n"));
        assertEquals(expected, OutlineListing.of(outline.clauses()));
    }

    @Test
    void nineChaptersInOrder() {
        List<String> chapters = outline.clauses().stream()
                .filter(c -> c.kind() == ClauseKind.CHAPTER).map(Clause::heading).toList();
        assertEquals(List.of("总则", "目标与战略", "优化国土空间开发保护格局", "保障特色优质的农业空间",
                "保护山清水秀的生态空间", "构建品质宜居的城镇空间", "自然与文化遗产保护与城乡风貌塑造",
                "构建国土空间支撑体系", "统筹规划实施与管理"), chapters);
    }

    @Test
    void threeControlLinesSectionHoldsItsThreeArticles() {
        Clause chapter3 = chapter("优化国土空间开发保护格局");
        Clause section = child(chapter3, "严守三条控制线");
        assertEquals(ClauseKind.SECTION, section.kind());
        assertEquals("第1节", section.num());
        assertEquals(List.of("划定耕地和永久基本农田保护红线", "划定生态保护红线", "划定城镇开发边界"),
                section.children().stream().map(Clause::heading).toList());
        section.children().forEach(a -> assertEquals(ClauseKind.ARTICLE, a.kind()));
        assertTrue(child(section, "划定耕地和永久基本农田保护红线").text().contains("耕地保有量不低于73.39万亩"));
    }

    @Test
    void basicPrinciplesHaveFiveChildrenAndCoreFunctionsThree() {
        Clause principles = child(chapter("总则"), "基本原则");
        assertEquals(List.of("底线约束、韧性安全", "生态低碳、绿色发展", "区域协同、城乡融合", "以人为本、彰显特色",
                "多规融合，编管统筹"), principles.children().stream().map(Clause::heading).toList());
        Clause functions = ClauseTree.flatten(outline.clauses()).stream()
                .filter(c -> c.heading().equals("城市核心功能定位")).findFirst().orElseThrow();
        assertEquals(List.of("1．", "2．", "3．"), functions.children().stream().map(Clause::num).toList());
        assertEquals("全国优质黄芪与特色农产品生产加工基地", functions.children().get(0).heading());
    }

    /** No text is dropped and none is doubled: the body lines are exactly the clauses' paragraphs. */
    @Test
    void everyBodyLineIsInExactlyOneClause() throws IOException {
        Map<String, Integer> expected = new HashMap<>();
        for (String raw : Files.readAllLines(SEED, StandardCharsets.UTF_8)) {
            SourceLine line = SourceLine.of(0, raw);
            if (line.type() == LineType.BODY) {
                expected.merge(line.text(), 1, Integer::sum);
            }
        }
        Map<String, Integer> actual = new HashMap<>();
        for (Clause c : ClauseTree.flatten(outline.clauses())) {
            if (!c.text().isEmpty()) {
                for (String p : c.text().split("\n")) {
                    actual.merge(p, 1, Integer::sum);
                }
            }
        }
        assertEquals(expected, actual);
        assertTrue(expected.values().stream().mapToInt(Integer::intValue).sum() > 300);
    }

    @Test
    void titleAndReport() {
        assertEquals("浑源县国土空间总体规划（2021—2035年）", outline.title());
        assertTrue(ClauseTree.flatten(outline.clauses()).stream().noneMatch(Clause::mandatory),
                "plain text has no underline, so nothing may come out mandatory");
        List<String> report = new ArrayList<>();
        outline.warnings().forEach(w -> report.add(w.location() + " " + w.message()));
        assertTrue(report.stream().anyMatch(w -> w.contains("下划线")), report::toString);
        assertTrue(report.stream().anyMatch(w -> w.startsWith("第 184 行") && w.contains("没有标题")), report::toString);
        assertTrue(report.stream().anyMatch(w -> w.startsWith("第 239 行") && w.contains("第4节")), report::toString);
        assertTrue(report.stream().anyMatch(w -> w.startsWith("第 352 行")), report::toString);
        assertFalse(ClauseTree.flatten(outline.clauses()).stream().anyMatch(c -> c.heading().contains("bookmark")
                || c.text().contains("[bookmark:")));
    }

    /**
     * Issue 13, item 5: the plan's own cues for a run of "1." headings. A text that announces its
     * parts by count (两级社区生活圈) has them as items; a heading without text heads the headings that
     * repeat its words (保护风景资源 › 保护水文风景资源) and no others; where no cue decides, the report
     * says the level is uncertain.
     */
    @Test
    void runsOfFlattenedHeadingsFollowThePlansOwnCues() {
        List<Clause> all = ClauseTree.flatten(outline.clauses());
        Clause circles = all.stream().filter(c -> c.heading().equals("构建城乡生活圈")).findFirst().orElseThrow();
        assertEquals(List.of("乡村社区生活圈", "城镇社区生活圈"), circles.children().stream().map(Clause::heading).toList());
        Clause scenery = all.stream().filter(c -> c.heading().equals("保护风景资源")).findFirst().orElseThrow();
        assertEquals(List.of("保护历史文化和自然景观资源富集区", "保护水文风景资源", "保护生物风景资源"),
                scenery.children().stream().map(Clause::heading).toList());
        List<String> report = new ArrayList<>();
        outline.warnings().forEach(w -> report.add(w.location() + " " + w.message()));
        assertTrue(report.stream().anyMatch(w -> w.startsWith("第 456 行") && w.contains("提高自然与文化遗产的安全韧性")
                && w.contains("层级不确定")), report::toString);
        assertFalse(report.stream().anyMatch(w -> w.contains("“保护水文风景资源”")), "a cue decided that one");
    }

    @Test
    void everyClauseKnowsWhereItStartsInTheSource() {
        Clause art = child(child(chapter("优化国土空间开发保护格局"), "严守三条控制线"), "划定生态保护红线");
        assertEquals("第 95 行", art.location());
    }

    private static Clause chapter(String heading) {
        return outline.clauses().stream().filter(c -> c.heading().equals(heading)).findFirst().orElseThrow();
    }

    private static Clause child(Clause parent, String heading) {
        return parent.children().stream().filter(c -> c.heading().equals(heading)).findFirst()
                .orElseThrow(() -> new AssertionError(heading + " not under " + parent));
    }
}
