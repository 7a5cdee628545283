package org.plantrace.application.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.plantrace.application.IngestResult;
import org.plantrace.application.IngestService;
import org.plantrace.domain.account.AccessDeniedException;
import org.plantrace.domain.account.Actor;
import org.plantrace.domain.account.Role;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.domain.plan.Jurisdiction;
import org.plantrace.domain.plan.Plan;
import org.plantrace.domain.plan.PlanLevel;
import org.plantrace.domain.plan.VersionStatus;
import org.plantrace.extract.entity.Gazetteer;
import org.plantrace.extract.entity.GazetteerFormat;
import org.plantrace.infrastructure.DataDirectory;
import org.plantrace.infrastructure.persistence.JpaPlanRepository;
import org.plantrace.infrastructure.persistence.PlanTracePersistence;
import org.plantrace.ingest.InputRejectedException;

/**
 * Bringing township plans in under the Hunyuan county plan: codes, parent, canonical township,
 * levels, versions, and every refusal leaving the store as it was.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LowerPlanServiceTest {
    static final String HUNYUAN = "hunyuan-2021-2035";
    static final Actor REVIEWER = Actor.of("shen", Role.REVIEWER);
    static final Actor DRAFTER = Actor.of("bian", Role.DRAFTER);

    Path tmp;
    EntityManagerFactory factory;
    JpaPlanRepository repository;
    LowerPlanService service;
    Path txt;
    Path docx;

    @BeforeAll
    void setUp(@TempDir Path dir) throws Exception {
        tmp = dir;
        factory = PlanTracePersistence.open(DataDirectory.at(tmp.resolve("data")),
                Map.of(PlanTracePersistence.LOGGING_LEVEL, "OFF"));
        repository = new JpaPlanRepository(factory);
        IngestService ingest = new IngestService(repository);
        ingest.ingest(Path.of("corpus/hunyuan"), true);
        Gazetteer hunyuan = GazetteerFormat.read(Path.of("corpus/hunyuan/gazetteer.tsv"));
        service = new LowerPlanService(repository, ingest, parent -> hunyuan);
        txt = TownshipSamples.wangzhuangbaoText(tmp);
        docx = TownshipSamples.dongfangchengWord(tmp);
    }

    @AfterAll
    void tearDown() {
        factory.close();
    }

    @Test
    void aTextTownshipPlanIsStoredAsADraftUnderItsParent() throws Exception {
        IngestResult r = service.ingest(REVIEWER, new LowerPlanRequest(txt, HUNYUAN, "王庄堡镇", null, false));

        Plan plan = repository.plan(HUNYUAN + "--tw-wangzhuangbao").orElseThrow();
        assertEquals(plan, r.plan());
        assertEquals("浑源县王庄堡镇国土空间总体规划（2021—2035年）", plan.name());
        assertEquals(PlanLevel.TOWNSHIP, plan.level());
        assertEquals(HUNYUAN, plan.parent());
        assertEquals(new Jurisdiction("王庄堡镇", "tw-wangzhuangbao", ""), plan.jurisdiction());
        assertEquals(2021, plan.periodFrom());
        assertEquals(2035, plan.periodTo());
        assertEquals(VersionStatus.DRAFT, r.status());
        assertTrue(repository.latestPublished(plan.code()).isEmpty(), "a lower plan arrives unpublished");
        List<String> headings = ClauseTree.flatten(repository.latestVersion(plan.code()).orElseThrow().clauses())
                .stream().map(Clause::heading).toList();
        assertTrue(headings.containsAll(List.of("总则", "生态保护红线", "镇区规模")), headings.toString());
        // the county plan is untouched: still one published version, still no parent
        assertEquals(1, repository.versions(HUNYUAN).size());
        assertNull(repository.plan(HUNYUAN).orElseThrow().parent());
    }

    @Test
    void aWordTownshipPlanWithAVariantNameGetsTheCanonicalTownship() throws Exception {
        IngestResult r = service.ingest(DRAFTER, new LowerPlanRequest(docx, HUNYUAN, "东方城乡", PlanLevel.TOWNSHIP, false));

        assertEquals(HUNYUAN + "--ts-dongfangcheng", r.plan().code());
        assertEquals("东坊城乡", r.plan().township());
        assertEquals("浑源县东方城乡国土空间总体规划（2021—2035年）", r.plan().name());
        assertTrue(r.clauseCount() >= 6, "chapters and articles from the Word headings: " + r.clauseCount());
    }

    @Test
    void theSameFileAgainIsTheNextVersionWithItsIdsCarriedOver() throws Exception {
        Path again = TownshipSamples.wangzhuangbaoText(Files.createDirectories(tmp.resolve("again")));
        IngestResult first = service.ingest(REVIEWER, new LowerPlanRequest(again, HUNYUAN, "王庄堡", PlanLevel.VILLAGE, false));
        IngestResult second = service.ingest(REVIEWER, new LowerPlanRequest(again, HUNYUAN, "王庄堡镇", PlanLevel.VILLAGE, false));

        assertEquals(HUNYUAN + "--tw-wangzhuangbao--village", second.plan().code());
        assertEquals(PlanLevel.VILLAGE, second.plan().level());
        assertEquals(first.version() + 1, second.version());
        assertEquals(first.clauseCount(), second.ids().kept());
    }

    @Test
    void withoutATownshipTheOneTheTitleNamesIsTaken() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("detect"));
        IngestResult r = service.ingest(DRAFTER, new LowerPlanRequest(TownshipSamples.dongfangchengWord(dir), HUNYUAN,
                "", PlanLevel.DETAILED_UNIT, false));
        assertEquals(HUNYUAN + "--ts-dongfangcheng--detailed", r.plan().code());
        assertEquals("东坊城乡", r.plan().township());

        Path untitled = Files.writeString(dir.resolve("untitled.txt"), "第一章 总则\n第一条 目的\n为测试编写的示例条款，非真实规划文本。\n");
        assertRefused(untitled, HUNYUAN, "", "没有识别出乡镇");
    }

    @Test
    void refusalsNameTheFileAndStoreNothing() throws Exception {
        int plans = repository.plans().size();
        String hunyuanText = "corpus/hunyuan/hunyuan-2021-2035.txt";

        assertRefused(txt, "nope-2021", "王庄堡镇", "不存在");
        assertRefused(txt, HUNYUAN, "北京镇", "不在上级规划");
        assertRefused(txt, HUNYUAN, "东坊城乡", "写的是王庄堡镇");
        assertRefused(Path.of(hunyuanText), HUNYUAN, "永安镇", "上级规划本身");
        assertRefused(tmp.resolve("missing.txt"), HUNYUAN, "永安镇", "missing.txt");
        InputRejectedException county = assertThrows(InputRejectedException.class, () -> service.ingest(DRAFTER,
                new LowerPlanRequest(txt, HUNYUAN, "王庄堡镇", PlanLevel.COUNTY, false)));
        assertTrue(county.getMessage().contains("不能向"), county.getMessage());

        assertEquals(plans, repository.plans().size());
    }

    @Test
    void theCountyTextUnderAnotherTitleIsStillTheCountyPlan() throws Exception {
        // most of the county plan's clauses, retitled as a township plan: refused by overlap
        String county = Files.readString(Path.of("corpus/hunyuan/hunyuan-2021-2035.txt"));
        Path disguised = tmp.resolve("disguised.txt");
        Files.writeString(disguised, "《浑源县永安镇国土空间总体规划（2021—2035年）》（以下简称“本规划”）\n" + county);
        assertRefused(disguised, HUNYUAN, "永安镇", "逐字相同");
        assertTrue(repository.plan(HUNYUAN + "--tw-yongan").isEmpty());
    }

    @Test
    void onlyDraftersAndReviewersBringPlansInAndOnlyPublishersPublish() {
        LowerPlanRequest request = new LowerPlanRequest(txt, HUNYUAN, "王庄堡镇", null, false);
        assertThrows(AccessDeniedException.class, () -> service.ingest(Actor.ANONYMOUS, request));
        assertThrows(AccessDeniedException.class, () -> service.ingest(Actor.of("root", Role.ADMIN), request));
        assertThrows(AccessDeniedException.class, () -> service.ingest(REVIEWER,
                new LowerPlanRequest(txt, HUNYUAN, "王庄堡镇", null, true)));
    }

    @Test
    void theTownshipsOfAParentAreItsGazetteersTownAndTownshipUnits() {
        Townships t = service.townships(HUNYUAN);
        assertEquals(18, t.all().size());
        assertEquals("东坊城乡", t.resolve("东方城乡").orElseThrow().name());
        assertEquals(List.of("王庄堡镇", "东坊城乡"), t.namedIn("王庄堡镇与东方城乡").stream()
                .map(e -> e.name()).collect(Collectors.toList()));
        assertTrue(service.townships("nope").all().isEmpty());
    }

    private void assertRefused(Path file, String parent, String township, String expected) {
        InputRejectedException e = assertThrows(InputRejectedException.class,
                () -> service.ingest(DRAFTER, new LowerPlanRequest(file, parent, township, null, false)));
        assertTrue(e.getMessage().contains(file.getFileName().toString()), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
