package org.plantrace.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.plantrace.web.startup.StartupReport;
import org.plantrace.web.view.SamplePlan;

class HomePageTest {
    private final InMemoryPlanRepository repository = new InMemoryPlanRepository();
    private final StartupReport startup = new StartupReport();

    private HomePage page() {
        HomePage page = new HomePage();
        page.plans = new PublishedPlans(repository, startup);
        page.startup = startup;
        page.load();
        return page;
    }

    @Test
    void showsThePublishedPlan() {
        repository.store(SamplePlan.version(true));

        HomePage page = page();

        assertTrue(page.isAvailable());
        assertNull(page.getProblem());
        assertEquals("样例县国土空间总体规划（2021—2035年）", page.getSummary().title());
        assertEquals(3, page.getOutline().size());
    }

    @Test
    void saysWhyWhenTheStartUpIngestFailed() {
        startup.failed("规划文本导入失败：hunyuan.txt: 文件为空");

        HomePage page = page();

        assertFalse(page.isAvailable());
        assertEquals("规划文本导入失败：hunyuan.txt: 文件为空", page.getProblem());
        assertTrue(page.getOutline().isEmpty());
    }

    @Test
    void saysSoWhenTheStoreCannotBeRead() {
        repository.failure = new IllegalStateException("wrapper", new IllegalStateException("Database is locked\nmore"));

        HomePage page = page();

        assertFalse(page.isAvailable());
        assertTrue(page.getProblem().startsWith("读取规划数据时出错"), page.getProblem());
        assertTrue(page.getProblem().contains("Database is locked"), page.getProblem());
        assertFalse(page.getProblem().contains("more"), "only the first line of the cause");
    }

    @Test
    void saysSoWhenNothingIsPublished() {
        assertEquals("尚无已发布的规划。", page().getProblem());
    }

    @Test
    void aNewlyPublishedVersionReplacesTheCachedOne() {
        repository.store(SamplePlan.version(true));
        PublishedPlans plans = new PublishedPlans(repository, startup);
        assertEquals(1, plans.current().orElseThrow().version().number());

        repository.store(SamplePlan.version(false));

        assertEquals(2, plans.current().orElseThrow().version().number());
    }
}
