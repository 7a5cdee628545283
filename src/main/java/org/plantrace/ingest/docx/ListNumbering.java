package org.plantrace.ingest.docx;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.docx4j.model.PropertyResolver;
import org.docx4j.wml.Lvl;
import org.docx4j.wml.NumberFormat;
import org.docx4j.wml.Numbering;
import org.docx4j.wml.PPr;
import org.docx4j.wml.PPrBase.NumPr;

/**
 * Word list numbers as Word shows them (第一章, 第一节, 第十二条, 一、, （一）, 1., ①), computed in
 * document order from the numbering definitions part.
 *
 * <p>Why not docx4j's {@code Emulator}: in 11.5 it ignores {@code w:lvlRestart}, so articles that
 * a Chinese plan numbers continuously through the document (第一条 … 第八十条, a level with
 * lvlRestart 0) restart in every chapter, and it renders ten as 一十 where Word writes 十. This
 * class keeps Word's rules instead: counters belong to the abstract list, so several w:num
 * instances of one list continue each other; a w:startOverride restarts its level the first time
 * its w:num is used; a level restarts after the levels its lvlRestart names (by default after any
 * higher level). Call {@link #next} exactly once for every paragraph, in document order.
 */
final class ListNumbering {
    /** The rendered label of a numbered paragraph; {@code bullet} for bullets, whose glyph is not a number. */
    record Label(String text, int ilvl, boolean bullet) {
    }

    private final Numbering numbering;
    private final PropertyResolver resolver;
    private final Map<String, int[]> counters = new HashMap<>();
    private final Map<String, boolean[]> started = new HashMap<>();
    private final Set<String> usedInstances = new HashSet<>();

    ListNumbering(Numbering numbering, PropertyResolver resolver) {
        this.numbering = numbering;
        this.resolver = resolver;
    }

    /** The label Word draws before this paragraph, or null when it is not a list paragraph. */
    Label next(PPr pPr) {
        if (numbering == null) {
            return null;
        }
        String numId = null;
        Integer ilvl = null;
        NumPr direct = pPr == null ? null : pPr.getNumPr();
        if (direct != null) {
            numId = direct.getNumId() == null ? null : string(direct.getNumId().getVal());
            ilvl = direct.getIlvl() == null ? null : integer(direct.getIlvl().getVal());
        }
        String styleId = HeadingStyles.styleId(pPr);
        if (numId == null && styleId != null) {
            NumPr fromStyle = styleNumPr(styleId);
            if (fromStyle != null) {
                numId = fromStyle.getNumId() == null ? null : string(fromStyle.getNumId().getVal());
                if (ilvl == null && fromStyle.getIlvl() != null) {
                    ilvl = integer(fromStyle.getIlvl().getVal());
                }
            }
        }
        if (numId == null || numId.equals("0")) {
            return null; // numId 0 is Word's "numbering switched off"
        }
        Numbering.Num num = num(numId);
        Numbering.AbstractNum abstractNum = num == null ? null : abstractNum(num);
        if (abstractNum == null) {
            return null;
        }
        if (ilvl == null) {
            ilvl = levelLinkedToStyle(abstractNum, styleId);
        }
        int level = Math.max(0, Math.min(8, ilvl));
        String key = string(abstractNum.getAbstractNumId());
        int[] count = counters.computeIfAbsent(key, k -> new int[9]);
        boolean[] on = started.computeIfAbsent(key, k -> new boolean[9]);
        if (usedInstances.add(numId)) {
            applyStartOverrides(num, count, on);
        }
        Lvl lvl = lvl(num, abstractNum, level);
        if (lvl == null) {
            return null;
        }
        count[level] = on[level] ? count[level] + 1 : start(lvl);
        on[level] = true;
        for (int deeper = level + 1; deeper < 9; deeper++) {
            Lvl d = lvl(num, abstractNum, deeper);
            int restartAfter = d == null || d.getLvlRestart() == null || d.getLvlRestart().getVal() == null
                    ? deeper : d.getLvlRestart().getVal().intValue();
            if (level < restartAfter) {
                on[deeper] = false;
            }
        }
        NumberFormat format = format(lvl);
        String text = lvl.getLvlText() == null || lvl.getLvlText().getVal() == null ? "" : lvl.getLvlText().getVal();
        if (format == NumberFormat.BULLET) {
            return new Label(text, level, true);
        }
        boolean legal = lvl.getIsLgl() != null && lvl.getIsLgl().isVal();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 1 < text.length() && text.charAt(i + 1) >= '1' && text.charAt(i + 1) <= '9') {
                int ref = text.charAt(++i) - '1';
                Lvl refLvl = lvl(num, abstractNum, ref);
                int value = on[ref] ? count[ref] : (refLvl == null ? 1 : start(refLvl));
                NumberFormat refFormat = legal && ref != level ? NumberFormat.DECIMAL : format(refLvl);
                out.append(NumberText.format(refFormat, value));
            } else {
                out.append(c);
            }
        }
        return new Label(out.toString().strip(), level, false);
    }

    private NumPr styleNumPr(String styleId) {
        try {
            PPr effective = resolver.getEffectivePPr(styleId);
            return effective == null ? null : effective.getNumPr();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private Numbering.Num num(String numId) {
        for (Numbering.Num n : numbering.getNum()) {
            if (numId.equals(string(n.getNumId()))) {
                return n;
            }
        }
        return null;
    }

    private Numbering.AbstractNum abstractNum(Numbering.Num num) {
        if (num.getAbstractNumId() == null) {
            return null;
        }
        Numbering.AbstractNum found = abstractNumById(string(num.getAbstractNumId().getVal()));
        // a list style (numStyleLink) keeps its levels in the abstract list its style points to
        if (found != null && found.getLvl().isEmpty() && found.getNumStyleLink() != null) {
            NumPr viaStyle = styleNumPr(found.getNumStyleLink().getVal());
            if (viaStyle != null && viaStyle.getNumId() != null) {
                Numbering.Num linked = num(string(viaStyle.getNumId().getVal()));
                if (linked != null && linked != num && linked.getAbstractNumId() != null) {
                    Numbering.AbstractNum target = abstractNumById(string(linked.getAbstractNumId().getVal()));
                    if (target != null) {
                        return target;
                    }
                }
            }
        }
        return found;
    }

    private Numbering.AbstractNum abstractNumById(String id) {
        for (Numbering.AbstractNum a : numbering.getAbstractNum()) {
            if (id.equals(string(a.getAbstractNumId()))) {
                return a;
            }
        }
        return null;
    }

    private static Lvl lvl(Numbering.Num num, Numbering.AbstractNum abstractNum, int ilvl) {
        for (Numbering.Num.LvlOverride o : num.getLvlOverride()) {
            if (o.getLvl() != null && o.getIlvl() != null && o.getIlvl().intValue() == ilvl) {
                return o.getLvl();
            }
        }
        for (Lvl l : abstractNum.getLvl()) {
            if (l.getIlvl() != null && l.getIlvl().intValue() == ilvl) {
                return l;
            }
        }
        return null;
    }

    private static int levelLinkedToStyle(Numbering.AbstractNum abstractNum, String styleId) {
        if (styleId != null) {
            for (Lvl l : abstractNum.getLvl()) {
                if (l.getPStyle() != null && styleId.equals(l.getPStyle().getVal()) && l.getIlvl() != null) {
                    return l.getIlvl().intValue();
                }
            }
        }
        return 0;
    }

    private static void applyStartOverrides(Numbering.Num num, int[] count, boolean[] on) {
        List<Numbering.Num.LvlOverride> overrides = num.getLvlOverride();
        for (Numbering.Num.LvlOverride o : overrides) {
            if (o.getStartOverride() != null && o.getStartOverride().getVal() != null && o.getIlvl() != null) {
                int level = o.getIlvl().intValue();
                if (level >= 0 && level < 9) {
                    count[level] = o.getStartOverride().getVal().intValue() - 1;
                    on[level] = true;
                }
            }
        }
    }

    private static int start(Lvl lvl) {
        return lvl.getStart() == null || lvl.getStart().getVal() == null ? 0 : lvl.getStart().getVal().intValue();
    }

    private static NumberFormat format(Lvl lvl) {
        return lvl == null || lvl.getNumFmt() == null || lvl.getNumFmt().getVal() == null
                ? NumberFormat.DECIMAL : lvl.getNumFmt().getVal();
    }

    private static String string(BigInteger b) {
        return b == null ? "" : b.toString();
    }

    private static Integer integer(BigInteger b) {
        return b == null ? null : b.intValue();
    }
}
