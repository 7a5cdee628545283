package org.plantrace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plantrace.application.chain.TownshipSamples;
import org.plantrace.cli.SearchCommandTest.Run;

/**
 * The plan chain on the command line: two township plans written by the test (text and Word,
 * different townships) brought in under the Hunyuan plan, listed by {@code plans} with their parent,
 * township and level, hidden from public search while drafts, and found by the plan and level
 * facets once one is published.
 */
class PlanChainCommandTest {
    static final String HUNYUAN = "hunyuan-2021-2035";
    static final String WANGZHUANGBAO = HUNYUAN + "--tw-wangzhuangbao";
    static final String DONGFANGCHENG = HUNYUAN + "--ts-dongfangcheng";
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void townshipPlansJoinTheChainAndReachThePublicOnlyWhenPublished() throws Exception {
        String data = tmp.resolve("data").toString();
        Path txt = TownshipSamples.wangzhuangbaoText(tmp);
        Path docx = TownshipSamples.dongfangchengWord(tmp);
        assertEquals(0, run("ingest", "corpus/hunyuan", "--data", data, "--publish").code());

        Run first = run("ingest", txt.toString(), "--parent", HUNYUAN, "--township", "王庄堡镇", "--data", data);
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().contains("plan=" + WANGZHUANGBAO) && first.out().contains("status=draft"), first.out());
        Run second = run("ingest", docx.toString(), "--parent", HUNYUAN, "--township", "东方城乡", "--level", "township",
                "--data", data);
        assertEquals(0, second.code(), second.err());

        JsonNode plans = JSON.readTree(run("plans", "--data", data).out()).get("plans");
        assertEquals(List.of(HUNYUAN, DONGFANGCHENG, WANGZHUANGBAO), codes(plans), "county first, its townships under it");
        JsonNode county = plans.get(0);
        assertEquals("county", county.get("level").asText());
        assertTrue(county.get("parent").isNull());
        assertTrue(county.get("township").isNull());
        JsonNode wang = plans.get(2);
        assertEquals("浑源县王庄堡镇国土空间总体规划（2021—2035年）", wang.get("title").asText());
        assertEquals("township", wang.get("level").asText());
        assertEquals(HUNYUAN, wang.get("parent").asText());
        assertEquals("王庄堡镇", wang.get("township").asText());
        assertEquals("[{\"number\":1,\"status\":\"draft\"}]", wang.get("versions").toString());
        assertEquals("东坊城乡", plans.get(1).get("township").asText(), "the variant resolved to the canonical name");

        // drafts: the public finds neither plan's own words, not even when asking for the plan
        assertEquals(0, total(search(quoted(TownshipSamples.TXT_PHRASE), data)));
        assertEquals(0, total(search(quoted(TownshipSamples.DOCX_PHRASE), data)));
        assertEquals(0, total(search("规划", data, "--filter", "plan=" + WANGZHUANGBAO)));
        assertEquals(0, total(search("规划", data, "--filter", "level=township")));

        assertEquals(0, run("ingest", txt.toString(), "--parent", HUNYUAN, "--township", "王庄堡镇", "--data", data,
                "--publish").code());
        JsonNode published = search(quoted(TownshipSamples.TXT_PHRASE), data);
        assertTrue(total(published) >= 1, published.toString());
        assertEquals(WANGZHUANGBAO, published.get("hits").get(0).get("plan").asText());
        assertEquals(0, total(search(quoted(TownshipSamples.DOCX_PHRASE), data)), "the other township plan is still a draft");

        JsonNode all = search("生态保护红线", data, "--limit", "50");
        assertTrue(facet(all, "plan").containsAll(List.of(HUNYUAN, WANGZHUANGBAO)), all.get("facets").toString());
        assertTrue(facet(all, "level").containsAll(List.of("county", "township")));
        JsonNode townshipOnly = search("生态保护红线", data, "--filter", "level=township", "--limit", "50");
        assertTrue(total(townshipOnly) >= 1);
        townshipOnly.get("hits").forEach(h -> assertEquals(WANGZHUANGBAO, h.get("plan").asText()));
        JsonNode countyOnly = search("生态保护红线", data, "--filter", "plan=" + HUNYUAN, "--limit", "50");
        countyOnly.get("hits").forEach(h -> assertEquals(HUNYUAN, h.get("plan").asText()));
        assertEquals(total(all), total(townshipOnly) + total(countyOnly));
    }

    @Test
    void badLowerPlanRequestsAreRefusedWithExitTwoAndStoreNothing() throws Exception {
        String data = tmp.resolve("data").toString();
        Path txt = TownshipSamples.wangzhuangbaoText(tmp);
        assertEquals(0, run("ingest", "corpus/hunyuan", "--data", data, "--publish").code());

        assertRefused(run("ingest", txt.toString(), "--parent", "nope", "--township", "王庄堡镇", "--data", data), "不存在");
        assertRefused(run("ingest", txt.toString(), "--parent", HUNYUAN, "--township", "北京镇", "--data", data), "不在上级规划");
        assertRefused(run("ingest", txt.toString(), "--parent", HUNYUAN, "--township", "永安镇", "--data", data), "写的是王庄堡镇");
        assertRefused(run("ingest", "corpus/hunyuan/hunyuan-2021-2035.txt", "--parent", HUNYUAN, "--township", "永安镇",
                "--data", data), "上级规划本身");
        assertEquals(1, run("ingest", txt.toString(), "--parent", HUNYUAN, "--data", data).code(), "--township missing");
        assertEquals(1, run("ingest", txt.toString(), "--parent", HUNYUAN, "--township", "王庄堡镇", "--level", "county",
                "--data", data).code());
        assertEquals(List.of(HUNYUAN), codes(JSON.readTree(run("plans", "--data", data).out()).get("plans")));
    }

    private static void assertRefused(Run r, String expected) {
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.err().contains(expected), r.err());
        assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
    }

    private static Run run(String... args) {
        return SearchCommandTest.run(args);
    }

    private static JsonNode search(String query, String data, String... more) throws Exception {
        List<String> args = new ArrayList<>(List.of("search", query, "--data", data));
        args.addAll(List.of(more));
        Run r = run(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        return JSON.readTree(r.out());
    }

    /** As a phrase: the words of the sample, not any clause that shares one of them. */
    private static String quoted(String phrase) {
        return "\"" + phrase + "\"";
    }

    private static long total(JsonNode result) {
        return result.get("total").asLong();
    }

    private static List<String> facet(JsonNode result, String key) {
        List<String> out = new ArrayList<>();
        JsonNode values = result.path("facets").path(key);
        values.forEach(v -> out.add(v.get("value").asText()));
        return out;
    }

    private static List<String> codes(JsonNode plans) {
        List<String> out = new ArrayList<>();
        plans.forEach(p -> out.add(p.get("code").asText()));
        return out;
    }
}
