package org.plantrace.web.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseKind;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.domain.plan.Plan;
import org.plantrace.domain.plan.PlanLevel;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.domain.plan.VersionStatus;
import org.plantrace.ingest.PlanReaders;
import org.plantrace.ingest.identity.DurableIds;

/**
 * Issue #14.1: the seed's untitled 第4节 of the ecology chapter. It is in the source — a numbered
 * line holding nothing but Word bookmarks, followed at once by 第5节 — not made by the reader, so it
 * stays, and the pages say why ({@link ClauseLink#numberOnly()}).
 */
class NumberOnlyClausesTest {
    private static final Path SEED = Path.of("corpus/hunyuan/hunyuan-2021-2035.txt");
    /** A 第N节/第N章/第N条 line with nothing after the number but bookmark debris. */
    private static final Pattern NUMBER_ONLY_LINE = Pattern.compile("^第[0-9一二三四五六七八九十]+[章节条]\\s*(\\[bookmark:[^\\]]*\\]\\s*)*$");

    @Test
    void theSeedsNumberOnlySectionsAreTheSourcesOwnLines() throws Exception {
        long inSource = Files.readAllLines(SEED, StandardCharsets.UTF_8).stream()
                .filter(l -> NUMBER_ONLY_LINE.matcher(l.strip()).matches()).count();
        List<Clause> roots = PlanReaders.read(SEED).clauses();
        ClauseTree.assignPathIds(roots);
        DurableIds.assignFresh(roots);
        PlanIndex index = new PlanIndex(new PlanVersion(new Plan("seed", "浑源县国土空间总体规划", PlanLevel.COUNTY, "浑源县", 2021, 2035),
                1, VersionStatus.PUBLISHED, Instant.EPOCH, Instant.EPOCH, SEED.getFileName().toString(), roots));

        List<ClauseLink> numberOnly = new ArrayList<>();
        ClauseTree.walk(roots, (c, parent) -> {
            if (c.uid() != null) {
                ClauseLink link = index.link(c);
                if (link.numberOnly()) {
                    numberOnly.add(link);
                    assertEquals(ClauseKind.SECTION, c.kind(), c.eId());
                }
            }
        });
        assertTrue(inSource >= 1, "the seed has its untitled 第4节");
        assertEquals(inSource, numberOnly.size(), "each number-only clause is a number-only line of the source, and each such line one clause");
        assertEquals("第4节", numberOnly.get(0).number().text());
        assertFalse(numberOnly.get(0).number().derived(), "the number is the source's own");
    }

    @Test
    void aClauseWithTextOrSubClausesIsNotNumberOnly() {
        ClauseLink titled = new ClauseLink("u", "节", org.plantrace.citation.DisplayNumber.NONE, "严守三条控制线", "", false, false);
        assertFalse(titled.numberOnly());
        ClauseLink withExcerpt = new ClauseLink("u", "节", org.plantrace.citation.DisplayNumber.NONE, "", "本节说明……", false, true);
        assertFalse(withExcerpt.numberOnly(), "an excerpt is something to show");
    }
}
