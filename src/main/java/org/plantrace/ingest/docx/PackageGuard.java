package org.plantrace.ingest.docx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.plantrace.ingest.InputRejectedException;

/**
 * Checks a .docx package with java.util.zip before docx4j opens it, because docx4j inflates every
 * part into memory and parses XML parts with a full XML parser. It refuses:
 * <ul>
 * <li>zip bombs: more than {@link #maxTotalBytes} inflated in all, more than {@link #maxXmlBytes}
 * of XML (which docx4j turns into an object tree several times larger), an entry inflating to more
 * than {@link #ratioFloorBytes} at more than {@link #maxRatio}:1, or more than {@link #maxEntries}
 * entries. Bytes are counted as they are actually inflated — declared sizes can lie — and reading
 * stops as soon as a limit is passed, so a bomb costs at most one limit's worth of CPU and no memory;
 * <li>any XML part with a document type declaration ({@code <!DOCTYPE}): Word never writes one, and
 * it is the only way to declare entities, so refusing it shuts out external entities (reading
 * server files, XXE) and entity expansion (billion laughs) whatever the XML parser's settings;
 * <li>archives that are not Word documents, and corrupt or truncated archives.
 * </ul>
 */
final class PackageGuard {
    static final PackageGuard DEFAULT = new PackageGuard(256L << 20, 64L << 20, 10_000, 4L << 20, 100);

    private final long maxTotalBytes;
    private final long maxXmlBytes;
    private final int maxEntries;
    private final long ratioFloorBytes;
    private final int maxRatio;

    PackageGuard(long maxTotalBytes, long maxXmlBytes, int maxEntries, long ratioFloorBytes, int maxRatio) {
        this.maxTotalBytes = maxTotalBytes;
        this.maxXmlBytes = maxXmlBytes;
        this.maxEntries = maxEntries;
        this.ratioFloorBytes = ratioFloorBytes;
        this.maxRatio = maxRatio;
    }

    void inspect(Path file, String name) throws InputRejectedException {
        rejectOleContainer(file, name);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > maxEntries) {
                throw new InputRejectedException(name, String.format(Locale.ROOT,
                        "压缩包内有 %d 个部件，超过 %d 个的上限，不像正常的 Word 文档，已拒绝读取；请在 Word 中另存为 .docx 后重试",
                        zip.size(), maxEntries));
            }
            requireWordDocument(zip, name);
            long total = 0;
            long xml = 0;
            byte[] buffer = new byte[64 * 1024];
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (entry.isDirectory()) {
                    continue;
                }
                long inflated = 0;
                DoctypeSniffer sniffer = new DoctypeSniffer();
                try (InputStream in = zip.getInputStream(entry)) {
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        inflated += n;
                        total += n;
                        if (total > maxTotalBytes) {
                            throw new InputRejectedException(name, String.format(Locale.ROOT,
                                    "解压后的内容超过 %d MB 上限（疑似压缩炸弹），已拒绝读取；如确为规划文本，请删去其中的大图片或拆分文件后重试",
                                    maxTotalBytes >> 20));
                        }
                        if (inflated > ratioFloorBytes && inflated > maxRatio * Math.max(1, entry.getCompressedSize())) {
                            throw new InputRejectedException(name, String.format(Locale.ROOT,
                                    "部件 %s 的压缩比超过 %d:1（疑似压缩炸弹），已拒绝读取；请在 Word 中重新另存为 .docx 后重试",
                                    entry.getName(), maxRatio));
                        }
                        sniffer.feed(buffer, n);
                        if (sniffer.looksLikeXml()) {
                            xml += n;
                            if (xml > maxXmlBytes) {
                                throw new InputRejectedException(name, String.format(Locale.ROOT,
                                        "文档的 XML 内容解压后超过 %d MB 上限，无法在有限内存中读取；请拆分文件后重试",
                                        maxXmlBytes >> 20));
                            }
                        }
                        if (sniffer.foundDoctype()) {
                            throw new InputRejectedException(name, "部件 " + entry.getName()
                                    + " 含有 DTD 声明（<!DOCTYPE>），可能借外部实体读取服务器上的文件，已拒绝读取；请在 Word 中重新另存为 .docx 后重试");
                        }
                    }
                }
            }
        } catch (ZipException e) {
            throw corrupt(name, e);
        } catch (IOException e) {
            // EOFException and friends: a truncated entry inside an intact directory
            throw corrupt(name, e);
        }
    }

    private static InputRejectedException corrupt(String name, Exception cause) {
        return new InputRejectedException(name,
                "文件已损坏或不完整（无法按 ZIP 格式解开），请重新下载或在 Word 中重新另存为 .docx 后重试", cause);
    }

    /** Encrypted Word files are OLE compound files, not ZIP; so are old .doc files renamed .docx. */
    private static void rejectOleContainer(Path file, String name) throws InputRejectedException {
        byte[] head = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new InputRejectedException(name, "无法读取文件（" + e.getMessage() + "），请检查文件权限后重试", e);
        }
        if (n == 8 && (head[0] & 0xff) == 0xD0 && (head[1] & 0xff) == 0xCF && (head[2] & 0xff) == 0x11
                && (head[3] & 0xff) == 0xE0) {
            throw new InputRejectedException(name,
                    "这是加密（设有打开密码）的 Word 文档或旧版 .doc 文件，请在 Word 中取消密码并另存为 .docx 后重试");
        }
    }

    private static void requireWordDocument(ZipFile zip, String name) throws InputRejectedException {
        if (zip.getEntry("word/document.xml") != null) {
            return;
        }
        if (zip.getEntry("xl/workbook.xml") != null) {
            throw new InputRejectedException(name, "这是 Excel 工作簿而不是 Word 文档，请选择规划文本的 .docx 文件");
        }
        if (zip.getEntry("ppt/presentation.xml") != null) {
            throw new InputRejectedException(name, "这是 PowerPoint 演示文稿而不是 Word 文档，请选择规划文本的 .docx 文件");
        }
        if (zip.getEntry("[Content_Types].xml") == null) {
            throw new InputRejectedException(name,
                    "不是 Word 文档（压缩包中没有 word/document.xml），请选择用 Word 保存的 .docx 文件");
        }
        // An Office package whose main part has another name: docx4j finds it through the
        // relationships, and DocxReader refuses the file if it has none.
    }
}
