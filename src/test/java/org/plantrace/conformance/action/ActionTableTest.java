package org.plantrace.conformance.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.plantrace.conformance.TownshipText;
import org.plantrace.conformance.Verdict;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseKind;

/** Verbs, stances, 严禁拆除, modality, and contradictions within one part of a sentence. */
class ActionTableTest {
    private static final Path DIR = Path.of("templates/review");
    private final ActionTable actions = new ActionTable(DIR.resolve("actions.tsv"));
    private final ModalityTable modality = new ModalityTable(DIR.resolve("modality.tsv"));
    private final ActionCheck check = new ActionCheck(actions, modality, Pattern.compile("搬迁撤并类"));

    private static TownshipText text(String body) {
        Clause c = new Clause(ClauseKind.ARTICLE, "1", "测试");
        c.setText(body);
        return new TownshipText(List.of(c));
    }

    @Test
    void stancesAndProtectiveProhibition() {
        assertEquals(List.of(Stance.REMOVE), actions.in("逐步拆除王庄堡村").stream().map(ActionTable.Action::stance).toList());
        assertEquals(List.of(Stance.KEEP), actions.in("严禁拆除王庄堡村").stream().map(ActionTable.Action::stance).toList());
        assertEquals(List.of(Stance.REMOVE), actions.in("不再保留该站").stream().map(ActionTable.Action::stance).toList());
        assertEquals(ModalityTable.Modality.PROHIBITION, modality.of("未经批准不得擅自调整"));
        assertEquals(ModalityTable.Modality.SOFT, modality.of("鼓励适度开发"));
    }

    @Test
    void removingWhatTheCountyProtectsIsViolated() {
        var j = check.judge("保护王庄堡镇王庄堡村", List.of(Pattern.compile("王庄堡村")), text("王庄堡村列为搬迁撤并类村庄，逐步拆除王庄堡村现状建筑。"));
        assertNotNull(j);
        assertEquals(Verdict.VIOLATED, j.verdict());
        assertTrue(j.reason().contains("保护") && j.reason().contains("拆除"), j.reason());
    }

    @Test
    void aVillageClassIsNotAnAction() {
        assertNull(check.judge("保护王庄堡镇王庄堡村", List.of(Pattern.compile("王庄堡村")), text("王庄堡村列为搬迁撤并类村庄。")));
    }

    @Test
    void theVerbActsOnTheObjectsOfItsOwnPart() {
        assertNull(check.judge("新建1座城南水厂", List.of(Pattern.compile("水厂")), text("取消东坊城集中供水水源，改由城南水厂供水。")));
    }

    @Test
    void permittingWhatTheCountyProhibitsIsViolated() {
        var j = check.judge("生态保护红线未经批准不得擅自调整", List.of(Pattern.compile("生态保护红线")),
                text("允许在生态保护红线内适度建设旅游设施。"));
        assertNotNull(j);
        assertEquals(Verdict.VIOLATED, j.verdict());
    }
}
