package org.plantrace.ingest.pdf;

import java.nio.file.Path;
import org.plantrace.ingest.InputRejectedException;
import org.plantrace.ingest.Outline;
import org.plantrace.ingest.PlanReader;

/** Reads PDF plan documents into the neutral outline. (Being written.) */
public final class PdfReader implements PlanReader {
    @Override
    public Outline read(Path file) throws InputRejectedException {
        throw new InputRejectedException(file.getFileName().toString(), "暂不支持 PDF 文件");
    }
}
