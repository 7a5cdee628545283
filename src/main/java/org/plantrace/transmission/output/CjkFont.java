package org.plantrace.transmission.output;

import java.io.IOException;
import java.io.InputStream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The Chinese typeface of the PDF: Source Han Sans (思源黑体) 1.000 as TrueType (glyf outlines,
 * which PDFBox subsets and embeds with a ToUnicode map), normal and medium weight. The files come
 * with the Maven dependency {@code com.github.xingfudeshi:jasperreports-fonts:1.2.2} (Maven
 * Central), so every machine that builds PlanTrace has them; no system font is used. Font licence:
 * Apache License 2.0 (Copyright 2014 Adobe Systems Incorporated; stated in the fonts' name table),
 * which allows redistribution and embedding.
 *
 * <p>Each face is parsed once and kept (parsing one takes 150–200 ms, more than laying out a whole
 * checklist). A parsed font is not safe for two documents at once (its glyph table caches as it
 * reads), so whoever uses the faces holds {@link #LOCK} from loading them into a document until
 * that document is saved; PDFs are therefore written one at a time.
 */
enum CjkFont {
    REGULAR("com/github/xingfudeshi/fonts/思源黑体正常_0.ttf"),
    BOLD("com/github/xingfudeshi/fonts/思源黑体中粗.ttf");

    /** Held while a document uses the shared faces, from loading them until the document is saved. */
    static final Object LOCK = new Object();

    private final String resource;
    private TrueTypeFont parsed;

    CjkFont(String resource) {
        this.resource = resource;
    }

    /** The parsed face, shared; call only while holding {@link #LOCK}, and never close it. */
    TrueTypeFont font() {
        if (!Thread.holdsLock(LOCK)) {
            throw new IllegalStateException("CjkFont.font() without holding CjkFont.LOCK");
        }
        if (parsed == null) {
            try {
                parsed = new TTFParser().parse(new RandomAccessReadBuffer(read()));
            } catch (IOException e) {
                throw new ChecklistOutputException("PDF 字体 " + resource + " 无法解析：" + e.getMessage(), e);
            }
        }
        return parsed;
    }

    private byte[] read() {
        try (InputStream in = CjkFont.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new ChecklistOutputException("PDF 中文字体缺失：类路径中找不到 " + resource
                        + "；它随 Maven 依赖 com.github.xingfudeshi:jasperreports-fonts 提供，请用 mvn package 重新构建");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new ChecklistOutputException("PDF 字体 " + resource + " 无法读取：" + e.getMessage(), e);
        }
    }
}
