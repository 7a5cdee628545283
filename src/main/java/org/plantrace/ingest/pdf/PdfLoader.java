package org.plantrace.ingest.pdf;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.plantrace.ingest.InputRejectedException;

/**
 * Opens a PDF in bounded memory (the file is read through a buffered window, PDFBox's scratch
 * goes to temporary files) and refuses, before any page is read, files that are not PDF, cut off,
 * corrupt or locked with an open password. A PDF with only an owner password (permissions) opens
 * with the empty user password and is read like any other.
 */
final class PdfLoader {
    /** The end-of-file marker must be within this many bytes of the end (the spec allows trailing junk). */
    private static final int TAIL = 2048;

    private PdfLoader() {
    }

    static PDDocument open(Path file) throws InputRejectedException {
        String name = file.getFileName().toString();
        checkFraming(file, name);
        RandomAccessReadBufferedFile source = null;
        try {
            source = new RandomAccessReadBufferedFile(file.toFile());
            return Loader.loadPDF(source, "", IOUtils.createTempFileOnlyStreamCache());
        } catch (InvalidPasswordException e) {
            closeQuietly(source);
            throw new InputRejectedException(name, "PDF 文件设有打开密码，无法读取；请提供未加密的副本（在 PDF 软件中去除密码后另存）", e);
        } catch (IOException | RuntimeException e) {
            closeQuietly(source);
            throw corrupt(name, e);
        }
    }

    static InputRejectedException corrupt(String name, Exception e) {
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new InputRejectedException(name, "PDF 文件已损坏，无法解析（" + detail + "）；请用 PDF 软件重新导出后重试", e);
    }

    /** %PDF- at the start and %%EOF at the end: a truncated download parses "leniently" into half a plan. */
    private static void checkFraming(Path file, String name) throws InputRejectedException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            ByteBuffer head = ByteBuffer.allocate(5);
            ch.read(head, 0);
            if (size == 0) {
                throw new InputRejectedException(name, "文件为空（0 字节），请选择含有规划文本的文件");
            }
            if (!new String(head.array(), 0, head.position(), StandardCharsets.ISO_8859_1).equals("%PDF-")) {
                throw new InputRejectedException(name, "不是有效的 PDF 文件（缺少 %PDF- 文件头），请重新导出 PDF 后重试");
            }
            int n = (int) Math.min(TAIL, size);
            ByteBuffer tail = ByteBuffer.allocate(n);
            ch.read(tail, size - n);
            if (!new String(tail.array(), 0, tail.position(), StandardCharsets.ISO_8859_1).contains("%%EOF")) {
                throw new InputRejectedException(name,
                        "PDF 文件不完整（末尾缺少结束标记 %%EOF），可能在下载或复制时被截断；请重新获取完整的文件");
            }
        } catch (IOException e) {
            throw new InputRejectedException(name, "无法读取文件（" + e.getMessage() + "）", e);
        }
    }

    private static void closeQuietly(RandomAccessReadBufferedFile source) {
        if (source != null) {
            try {
                source.close();
            } catch (IOException ignored) {
                // the refusal already says what went wrong
            }
        }
    }
}
