package org.plantrace.conformance.action;

import java.util.List;
import java.util.regex.Pattern;
import org.plantrace.conformance.Judgement;
import org.plantrace.conformance.TownshipText;
import org.plantrace.conformance.Verdict;

/**
 * Finds a township sentence that does the opposite of the county with the same object: the county
 * part keeps (保护王庄堡村) and the township removes (拆除王庄堡村), or the county prohibits and the
 * township permits, within one part of a township sentence. Words that only look like verbs (搬迁撤并类, a village class) are blanked out
 * first ({@code mask}). A county prohibition answered by a soft township sentence without any
 * prohibition (鼓励, 适度) on the same object is reversed too.
 */
public final class ActionCheck {
    public static final String RULE = "action";
    /** A verb acts on the objects of its own part of the sentence (between ，；): 取消…水源，改由城南水厂供水 removes the 水源, not the 水厂. */
    private static final Pattern PART = Pattern.compile("[，,；;：:]");

    private final ActionTable actions;
    private final ModalityTable modality;
    private final Pattern mask;

    public ActionCheck(ActionTable actions, ModalityTable modality, Pattern mask) {
        this.actions = actions;
        this.modality = modality;
        this.mask = mask;
    }

    /**
     * @param county  the county words that concern the township
     * @param objects patterns of the objects the item is about
     * @return a 不符合 judgement, or null when no township sentence contradicts
     */
    public Judgement judge(String county, List<Pattern> objects, TownshipText text) {
        String c = masked(county);
        List<ActionTable.Action> countyActions = actions.in(c);
        if (countyActions.isEmpty() || objects.isEmpty()) {
            return null;
        }
        ModalityTable.Modality countyModality = modality.of(c);
        for (TownshipText.Sentence s : text.sentences()) {
            String t = masked(s.text());
            for (String part : PART.split(t)) {
                Pattern object = objects.stream().filter(p -> p.matcher(part).find()).findFirst().orElse(null);
                if (object == null) {
                    continue;
                }
                var m = object.matcher(part);
                m.find();
                String named = m.group();
                for (ActionTable.Action ta : actions.in(part)) {
                    for (ActionTable.Action ca : countyActions) {
                        if (ca.stance().contradicts(ta.stance())) {
                            return Judgement.of(Verdict.VIOLATED, List.of(s), "动作相反：县级规划对“" + named + "”要求“" + ca.verb()
                                    + "”，乡镇规划写“" + ta.verb() + "”", RULE);
                        }
                    }
                }
                ModalityTable.Modality tm = modality.of(part);
                if (countyModality == ModalityTable.Modality.PROHIBITION && tm == ModalityTable.Modality.SOFT) {
                    return Judgement.of(Verdict.VIOLATED, List.of(s), "要求被弱化：县级规划对“" + named + "”为" + countyModality.label()
                            + "要求，乡镇规划改为" + tm.label() + "表述", RULE);
                }
            }
        }
        return null;
    }

    private String masked(String text) {
        return mask.matcher(text).replaceAll(r -> "\u3000".repeat(r.group().length()));
    }
}
