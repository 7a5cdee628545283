package org.plantrace.ingest.text;

import java.util.List;
import org.plantrace.domain.clause.ClauseKind;
import org.plantrace.ingest.ParseWarning;
import org.plantrace.ingest.numbering.NumberingStyle;
import org.plantrace.ingest.text.OutlineNode.Numbered;

/**
 * Gives each recovered heading its kind. 第N章 is a chapter and 第N节 a section wherever they
 * stand; other headings take their kind from their depth: 章 › 节 › 条 › 款 › 项. A chapter
 * without 第N节 holds sections only when its sub-headings nest three deep (section › article ›
 * item); otherwise they are its articles, as in 总则.
 */
final class KindAssignment {
    private final List<ParseWarning> warnings;

    KindAssignment(List<ParseWarning> warnings) {
        this.warnings = warnings;
    }

    void assign(OutlineNode root) {
        for (OutlineNode top : root.children) {
            if (top.numbered == Numbered.PREFACE) {
                top.clause.setKind(ClauseKind.PARAGRAPH);
                assignBelow(top, ClauseKind.ARTICLE.level());
                continue;
            }
            top.clause.setKind(ClauseKind.CHAPTER);
            boolean sections = top.children.stream()
                    .anyMatch(c -> c.numbered == Numbered.SECTION || c.height() >= 2);
            for (OutlineNode child : top.children) {
                int level = child.numbered == Numbered.SECTION || sections
                        ? ClauseKind.SECTION.level() : ClauseKind.ARTICLE.level();
                if (child.styleKey != null && child.styleKey.startsWith(NumberingStyle.ARTICLE.name() + ":")) {
                    level = ClauseKind.ARTICLE.level();
                }
                set(child, level);
            }
        }
    }

    private void set(OutlineNode node, int level) {
        node.clause.setKind(ClauseKind.forLevel(level));
        if (level > ClauseKind.SUB_ITEM.level()) {
            warnings.add(new ParseWarning(node.clause.location(), "“" + node.clause.displayTitle()
                    + "”嵌套超过五级，按“项”处理"));
        }
        assignBelow(node, level);
    }

    private void assignBelow(OutlineNode node, int level) {
        for (OutlineNode child : node.children) {
            int childLevel = level + 1;
            if (child.numbered == Numbered.SECTION) {
                childLevel = ClauseKind.SECTION.level();
            } else if (child.styleKey != null && child.styleKey.startsWith(NumberingStyle.ARTICLE.name() + ":")) {
                childLevel = ClauseKind.ARTICLE.level();
            }
            set(child, childLevel);
        }
    }
}
