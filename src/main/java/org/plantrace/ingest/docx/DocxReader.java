package org.plantrace.ingest.docx;

import java.nio.file.Path;
import org.plantrace.ingest.InputRejectedException;
import org.plantrace.ingest.Outline;
import org.plantrace.ingest.PlanReader;

/** Reads Word plan documents into the neutral outline. (Being written.) */
public final class DocxReader implements PlanReader {
    @Override
    public Outline read(Path file) throws InputRejectedException {
        throw new InputRejectedException(file.getFileName().toString(), "暂不支持 Word 文件");
    }
}
