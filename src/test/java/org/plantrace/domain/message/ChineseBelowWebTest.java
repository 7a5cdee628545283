package org.plantrace.domain.message;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plantrace.guard.ChineseLiterals;

/**
 * The guard of {@code JavaTextsTest} for the packages below the web layer whose messages the web
 * shows and which now carry them as {@link Message} keys (issue #14.9): they gain no new Chinese
 * string literal, so a refusal, a lint finding or a checklist note cannot slip back to Chinese-only.
 * What is left is listed with its count, which may only go down.
 */
class ChineseBelowWebTest {
    private static final Path CODE = Path.of("src/main/java/org/plantrace");
    /** Converted: every Java file under these folders, and these single files. */
    private static final List<String> GUARDED = List.of("application/authoring", "application/review",
            "application/upload", "application/account", "application/chain", "application/checklist", "extract/lint",
            "domain/message", "domain/account", "extract/entity/NameVariantRule.java",
            "extract/entity/TownshipCountRule.java", "transmission/RuleBasedChecklists.java",
            "transmission/Checklist.java", "ingest/InputRejectedException.java",
            "application/conformance/ConformanceReviewService.java", "application/conformance/ConformanceReviewException.java",
            "search/query/ClauseQueryParser.java", "search/query/QueryProblem.java", "search/query/Filters.java",
            "search/query/Visibility.java", "search/SearchResult.java", "ingest/PlanReaders.java");

    /**
     * Literals that stay Chinese, and why: the audit trail's stored wording (what was done, as the
     * record keeps it; the pages name the action by its word, {@code enum.Action.*}) in the services;
     * the plan's own vocabulary the rules look for (城镇化率, 总面积, 人口规模, 个镇 …) in the lint
     * rules; the domain's Chinese labels of named values, which the pages replace by the bundle's
     * words; the readers' stored source places that {@link SourcePlace} recognises; the command
     * line's first-account messages (FirstAccounts); the checklist's bases and item wording derived
     * with the plan's words (RuleBasedChecklists); the conformance review's audit wording and the
     * summary stored with a record (ConformanceReviewService).
     */
    private static final Map<String, Integer> STILL_CHINESE = Map.ofEntries(
            Map.entry("application/account/FirstAccounts.java", 16),
            Map.entry("application/authoring/Approval.java", 2),
            Map.entry("application/authoring/AuditText.java", 8),
            Map.entry("application/authoring/ClauseEditing.java", 4),
            Map.entry("application/authoring/DraftLifecycle.java", 16),
            Map.entry("application/authoring/Restructuring.java", 5),
            Map.entry("application/authoring/SourceNumbers.java", 1),
            Map.entry("application/authoring/SplitAndMerge.java", 2),
            Map.entry("application/authoring/StructureEditing.java", 7),
            Map.entry("application/chain/LowerPlanService.java", 2),
            Map.entry("application/conformance/ConformanceReviewService.java", 16),
            Map.entry("application/review/ReviewService.java", 17),
            Map.entry("application/upload/UploadStage.java", 7),
            Map.entry("domain/account/AccessDeniedException.java", 3),
            Map.entry("domain/account/Account.java", 3),
            Map.entry("domain/account/Role.java", 3),
            Map.entry("domain/message/SourcePlace.java", 3),
            Map.entry("extract/entity/TownshipCountRule.java", 2),
            Map.entry("extract/lint/Finding.java", 1),
            Map.entry("extract/lint/numeric/Figures.java", 1),
            Map.entry("extract/lint/numeric/LayerAreaRule.java", 2),
            Map.entry("extract/lint/numeric/PopulationRule.java", 5),
            Map.entry("extract/lint/numeric/RepeatedIndicatorRule.java", 5),
            Map.entry("extract/lint/numeric/ShareRule.java", 1),
            Map.entry("extract/lint/numeric/SumRule.java", 3),
            Map.entry("extract/lint/numeric/TownScales.java", 3),
            Map.entry("transmission/RuleBasedChecklists.java", 18));

    static Map<String, Integer> chineseLiterals() throws IOException {
        return ChineseLiterals.under(CODE, GUARDED);
    }

    @Test
    void theConvertedPackagesGainNoChineseString() throws IOException {
        assertEquals(List.of(), ChineseLiterals.over(chineseLiterals(), STILL_CHINESE,
                "say it with Message.of(key, args) and put the text in org/plantrace/messages"));
    }

    @Test
    void theListOfWhatStaysChineseOnlyShrinks() throws IOException {
        assertEquals(List.of(), ChineseLiterals.stale(chineseLiterals(), STILL_CHINESE));
    }
}
