package org.plantrace.extract.entity;

import java.util.List;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseKind;
import org.plantrace.domain.clause.ClauseTree;

/** Small in-memory gazetteers and plans for the fixture tests. */
final class Fixtures {
    static final String HEADER = "id\tname\ttype\tvariants\tparent\tfacts\tsource\n";

    private Fixtures() {
    }

    /** Rows as "id,name,type,variants,parent" (facts and source left empty; variants joined by "|"). */
    static Gazetteer gazetteer(String... rows) {
        StringBuilder tsv = new StringBuilder("# fixture\n").append(HEADER);
        for (String r : rows) {
            String[] c = (r + ",,,,,").split(",", -1);
            tsv.append(String.join("\t", c[0], c[1], c[2], c[3], c[4], "", "fixture")).append('\n');
        }
        return GazetteerFormat.parse(tsv.toString(), "fixture");
    }

    /** The townships and things around them that the fixture tests use. */
    static Gazetteer townships() {
        return gazetteer(
                "tw-yongan,永安镇,town,永安:short",
                "tw-daciyao,大磁窑镇,town,大磁窑:short",
                "tw-shagetuo,沙圪坨镇,town,沙圪坨:short",
                "tw-wzb,王庄堡镇,town,王庄堡:short",
                "tw-caicun,蔡村镇,town,蔡村:short",
                "tw-qcy,青磁窑镇,town,青磁窑乡:inconsistent|青磁窑:short",
                "ts-dfc,东坊城乡,township,东方城乡:typo|东坊城:short",
                "ts-qfl,千佛岭乡,township,千佛岭:short",
                "ts-drz,大仁庄乡,township,大仁庄:short",
                "mt-qfl,千佛岭,mountain",
                "mt-hs,恒山,mountain",
                "mt-ls,龙山,mountain",
                "hs-yas,永安寺,heritage-site",
                "st-yaj,永安街,street",
                "cl-bf,基本农田,control-line",
                "cl-pbf,永久基本农田,control-line",
                "pz-res,永久基本农田储备区,planning-zone",
                "gd-tea,恒山茶,guard",
                "fc-wzb,王庄堡变,facility,,tw-wzb",
                "rd-zh,左浑高速公路,road,左浑:short",
                "rd-rw,荣乌高速公路,road,荣乌:short",
                "cc,中心城区,central-city",
                "nb-dtcc,大同中心城区,neighbour");
    }

    static Clause clause(String heading, String text) {
        Clause c = new Clause(ClauseKind.ARTICLE, "1.", heading);
        c.setText(text);
        c.setLocation("第 1 行");
        return c;
    }

    static List<Clause> plan(Clause... clauses) {
        Clause chapter = new Clause(ClauseKind.CHAPTER, "1.", "总则");
        for (Clause c : clauses) {
            chapter.addChild(c);
        }
        List<Clause> forest = List.of(chapter);
        ClauseTree.assignPathIds(forest);
        return forest;
    }
}
