package org.plantrace.extract.lint.numeric;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseKind;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.extract.lint.Finding;
import org.plantrace.extract.lint.Severity;
import org.plantrace.ingest.text.TextReader;

/** Small in-memory plans for the fixture tests: one chapter, one article a text, line N for article N. */
final class Plans {
    static final Path SEED = Path.of("corpus/hunyuan/hunyuan-2021-2035.txt");

    private Plans() {
    }

    static List<Clause> of(String... texts) {
        Clause chapter = new Clause(ClauseKind.CHAPTER, "1.", "总则");
        for (int i = 0; i < texts.length; i++) {
            chapter.addChild(article(i + 1, texts[i]));
        }
        List<Clause> forest = List.of(chapter);
        ClauseTree.assignPathIds(forest);
        return forest;
    }

    /** An article with items below it (ids chp_1__art_1, chp_1__art_1__item_1 …). */
    static List<Clause> withItems(String text, String... items) {
        Clause chapter = new Clause(ClauseKind.CHAPTER, "1.", "总则");
        Clause article = article(1, text);
        for (int i = 0; i < items.length; i++) {
            Clause item = new Clause(ClauseKind.ITEM, (i + 1) + ".", "");
            item.setText(items[i]);
            item.setLocation("第 " + (i + 2) + " 行");
            article.addChild(item);
        }
        chapter.addChild(article);
        List<Clause> forest = List.of(chapter);
        ClauseTree.assignPathIds(forest);
        return forest;
    }

    static List<Clause> seed() throws Exception {
        List<Clause> forest = new TextReader().read(SEED).clauses();
        ClauseTree.assignPathIds(forest);
        return forest;
    }

    private static Clause article(int line, String text) {
        Clause c = new Clause(ClauseKind.ARTICLE, line + ".", "");
        c.setText(text);
        c.setLocation("第 " + line + " 行");
        return c;
    }

    /** The findings pinned to a clause (not the summary), as "SEVERITY clause". */
    static List<String> pinned(List<Finding> findings) {
        List<String> out = new ArrayList<>();
        for (Finding f : findings) {
            if (f.clauseId() != null) {
                out.add(f.severity() + " " + f.clauseId());
            }
        }
        return out;
    }

    /** The rule's summary: the one finding not pinned to a clause. */
    static Finding summary(List<Finding> findings) {
        List<Finding> s = findings.stream().filter(f -> f.clauseId() == null).toList();
        if (s.size() != 1 || s.get(0).severity() != Severity.INFO) {
            throw new AssertionError("expected one info summary: " + findings);
        }
        return s.get(0);
    }
}
