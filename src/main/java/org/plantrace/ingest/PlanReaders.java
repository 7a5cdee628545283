package org.plantrace.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.plantrace.domain.message.Message;
import org.plantrace.ingest.docx.DocxReader;
import org.plantrace.ingest.pdf.PdfReader;
import org.plantrace.ingest.text.TextReader;

/**
 * Chooses the reader for a file by its name and checks, before any parsing, that the content is
 * what the name says and that the file is within the size a reader handles in bounded memory.
 */
public final class PlanReaders {
    /** Plain text larger than this is refused: a plan text is well under 1 MB; 100 copies are 11 MB. */
    public static final long MAX_TEXT_BYTES = 64L << 20;
    /** Word and PDF files larger than this are refused. */
    public static final long MAX_BINARY_BYTES = 128L << 20;

    private PlanReaders() {
    }

    /** Reads the file with the reader its extension names, after checking size and signature. */
    public static Outline read(Path file) throws InputRejectedException {
        return readerFor(file).read(file);
    }

    public static PlanReader readerFor(Path file) throws InputRejectedException {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (!Files.isRegularFile(file)) {
            throw new InputRejectedException(name, Message.of("ingest.noFile"));
        }
        long size;
        byte[] head = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            size = Files.size(file);
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new InputRejectedException(name, Message.of("ingest.unreadable", e.getMessage()), e);
        }
        if (size == 0) {
            throw new InputRejectedException(name, Message.of("ingest.empty"));
        }
        if (lower.endsWith(".docx")) {
            requireSize(name, size, MAX_BINARY_BYTES);
            if (!(n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4)) {
                throw new InputRejectedException(name, Message.of("ingest.notDocx"));
            }
            return new DocxReader();
        }
        if (lower.endsWith(".pdf")) {
            requireSize(name, size, MAX_BINARY_BYTES);
            if (!(n >= 5 && head[0] == '%' && head[1] == 'P' && head[2] == 'D' && head[3] == 'F' && head[4] == '-')) {
                throw new InputRejectedException(name, Message.of("ingest.notPdf"));
            }
            return new PdfReader();
        }
        if (lower.endsWith(".txt") || lower.endsWith(".text")) {
            requireSize(name, size, MAX_TEXT_BYTES);
            return new TextReader();
        }
        if (lower.endsWith(".doc")) {
            throw new InputRejectedException(name, Message.of("ingest.oldDoc"));
        }
        throw new InputRejectedException(name, Message.of("ingest.fileType"));
    }

    private static void requireSize(String name, long size, long max) throws InputRejectedException {
        if (size > max) {
            throw new InputRejectedException(name, Message.of("ingest.tooLarge",
                    String.format(Locale.ROOT, "%.1f", size / 1048576.0), max >> 20));
        }
    }
}
