package org.plantrace.ingest.docx;

import java.util.ArrayList;
import java.util.List;
import org.plantrace.ingest.matter.PlanMatter;

/**
 * Decides which paragraphs of a Word plan are front or back matter rather than clauses: the
 * cover (the title, even when set in a heading style; subtitle lines such as 规划文本 and
 * （征求意见稿）; institute; date), a typed contents page (目录 and its lines with dot leaders and
 * page numbers), a preamble heading written as a plain paragraph (前言) and appendix headings
 * (附表1 规划指标表, 附录, 名词解释). Keeps what it has seen of the cover for the parse report.
 */
final class DocumentMatter {
    enum Role { TITLE, COVER, CONTENTS, PREAMBLE, APPENDIX, TEXT }

    private final List<String> coverLines = new ArrayList<>();
    private boolean inContents;
    private int contentsLines;
    private String contentsAt;

    /**
     * The role of a paragraph. {@code beforeContent}: no clause has started yet; {@code numbered}:
     * it carries a Word list number or a typed one; {@code styled}: it has a heading style or outline
     * level; {@code titleTaken}: the plan's title is known.
     */
    Role classify(String text, String location, boolean beforeContent, boolean numbered, boolean styled,
            boolean titleTaken) {
        if (inContents) {
            if (text.isEmpty() || PlanMatter.isContentsLine(text)) {
                contentsLines++;
                return Role.CONTENTS;
            }
            inContents = false;
        }
        if (PlanMatter.isContentsHeading(text)) {
            inContents = true;
            contentsAt = contentsAt == null ? location : contentsAt;
            return Role.CONTENTS;
        }
        if (PlanMatter.isPreambleHeading(text) && beforeContent) {
            return Role.PREAMBLE;
        }
        if (!beforeContent && !numbered && PlanMatter.appendix(text).isPresent()) {
            return Role.APPENDIX;
        }
        if (beforeContent && !numbered) {
            if (!titleTaken && PlanMatter.looksLikePlanTitle(text)) {
                return Role.TITLE;
            }
            if (!styled && PlanMatter.isCoverLine(text)) {
                coverLines.add(text);
                return Role.COVER;
            }
        }
        return Role.TEXT;
    }

    /** What the parse report says about the matter left out of the clauses. */
    List<String[]> report() {
        List<String[]> out = new ArrayList<>();
        if (!coverLines.isEmpty()) {
            out.add(new String[] {"封面", "封面文字未作为条文：" + String.join(" / ", coverLines)});
        }
        if (contentsAt != null) {
            out.add(new String[] {contentsAt, "已跳过手工录入的目录（" + contentsLines + " 行）：目录重复各级标题，不是规划条文"});
        }
        return out;
    }
}
