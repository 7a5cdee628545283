package org.plantrace.application.chain;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;

/**
 * The township plan samples the chain tests bring in (illustrative test texts, not real plans; see
 * src/test/resources/township/SOURCE.md): a UTF-8 text for 王庄堡镇 and a Word file for 东坊城乡,
 * built here with docx4j, whose title writes the variant 东方城乡. Public so that other tests (the
 * CLI's, the browser's) can write the same files.
 */
public final class TownshipSamples {
    public static final String WANGZHUANGBAO = "王庄堡镇";
    public static final String DONGFANGCHENG = "东坊城乡";
    /** A phrase only the Word sample states. */
    public static final String DOCX_PHRASE = "杏树种植示范片";
    /** A phrase only the text sample states. */
    public static final String TXT_PHRASE = "示范粮田";

    private TownshipSamples() {
    }

    /** Writes {@code wangzhuangbao-sample.txt} into the folder. */
    public static Path wangzhuangbaoText(Path dir) throws IOException {
        Path file = dir.resolve("wangzhuangbao-sample.txt");
        try (InputStream in = TownshipSamples.class.getResourceAsStream("/township/wangzhuangbao-sample.txt")) {
            Files.copy(in, file);
        }
        return file;
    }

    /** Writes {@code dongfangcheng-sample.docx}: title, two chapters in Heading 1, articles in Heading 2. */
    public static Path dongfangchengWord(Path dir) throws Exception {
        WordprocessingMLPackage pkg = WordprocessingMLPackage.createPackage();
        MainDocumentPart main = pkg.getMainDocumentPart();
        for (int level = 1; level <= 2; level++) {
            main.getPropertyResolver().activateStyle("Heading" + level);
            // docx4j's sample heading styles point at a numbering list the package does not have
            main.getStyleDefinitionsPart().getStyleById("Heading" + level).getPPr().setNumPr(null);
        }
        main.addStyledParagraphOfText("Title", "浑源县东方城乡国土空间总体规划（2021—2035年）");
        main.addParagraphOfText("测试样例（示意文本，非真实规划）：本文件由 PlanTrace 的开发者为测试编写，不是任何政府机关发布的规划。");
        main.addStyledParagraphOfText("Heading1", "第一章 总则");
        main.addStyledParagraphOfText("Heading2", "第一条 规划目的");
        main.addParagraphOfText("为落实县级国土空间总体规划对东坊城乡的传导要求，编制本样例规划，统筹全乡国土空间保护与利用。");
        main.addStyledParagraphOfText("Heading2", "第二条 规划范围");
        main.addParagraphOfText("规划范围为东坊城乡行政辖区全域，本样例不给出面积数据。");
        main.addStyledParagraphOfText("Heading1", "第二章 农业与村庄");
        main.addStyledParagraphOfText("Heading2", "第三条 特色农业");
        main.addParagraphOfText("依托农业型乡镇职能，建设" + DOCX_PHRASE + "，发展设施农业和农产品初加工。");
        main.addStyledParagraphOfText("Heading2", "第四条 村庄布局");
        main.addParagraphOfText("引导村庄适度集聚，保障村民建房合理需求，严守永久基本农田。");
        Path file = dir.resolve("dongfangcheng-sample.docx");
        pkg.save(file.toFile());
        return file;
    }
}
