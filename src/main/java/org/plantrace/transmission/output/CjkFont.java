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
 * <p>The file's bytes are read once and shared (they are never written). A parsed font is not safe
 * for two documents at once (its glyph table caches as it reads), so each document borrows parsed
 * faces of its own from {@link CjkFaces}, a small pool: no global lock, PDFs are written in parallel.
 */
enum CjkFont {
    REGULAR("com/github/xingfudeshi/fonts/思源黑体正常_0.ttf"),
    BOLD("com/github/xingfudeshi/fonts/思源黑体中粗.ttf");

    private final String resource;
    private volatile byte[] bytes;

    CjkFont(String resource) {
        this.resource = resource;
    }

    /** A newly parsed face over the shared bytes, for one document at a time (150–200 ms). */
    TrueTypeFont parse() {
        try {
            return new TTFParser().parse(new RandomAccessReadBuffer(bytes()));
        } catch (IOException e) {
            throw new ChecklistOutputException("PDF 字体 " + resource + " 无法解析：" + e.getMessage(), e);
        }
    }

    private byte[] bytes() {
        byte[] b = bytes;
        if (b == null) {
            // two threads may both read it the first time: harmless, the same bytes either way
            b = read();
            bytes = b;
        }
        return b;
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
