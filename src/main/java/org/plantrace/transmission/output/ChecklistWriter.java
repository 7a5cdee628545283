package org.plantrace.transmission.output;

import java.io.IOException;
import java.io.OutputStream;
import org.plantrace.citation.ClauseAddresses;
import org.plantrace.transmission.Checklist;

/** Writes a checklist in any of the {@link ChecklistFormat}s; the one entry the command line and the web use. */
public final class ChecklistWriter {
    private final ChecklistDocx docx;

    public ChecklistWriter(ChecklistDocx docx) {
        this.docx = docx;
    }

    /** Word output from the located template ({@link TemplateFolder}). */
    public static ChecklistWriter standard() {
        return new ChecklistWriter(ChecklistDocx.standard());
    }

    public void write(Checklist checklist, ChecklistFormat format, OutputStream out) throws IOException {
        write(checklist, format, ClauseAddresses.none(), out);
    }

    /** With the clauses' citable addresses: Word and PDF link each source clause there (issue #14.1). */
    public void write(Checklist checklist, ChecklistFormat format, ClauseAddresses addresses, OutputStream out)
            throws IOException {
        switch (format) {
            case JSON -> ChecklistJson.write(checklist, out);
            case DOCX -> docx.write(checklist, addresses, out);
            case PDF -> ChecklistPdf.write(checklist, addresses, out);
        }
    }

    /**
     * {@code 王庄堡镇-传导清单-第2版.pdf}: the target's name, kept readable; characters a file system
     * refuses (and path separators) become {@code _}.
     */
    public static String fileName(Checklist checklist, ChecklistFormat format) {
        return fileName(checklist.target().name(), checklist.planVersion(), format);
    }

    /** The same from the target's name and the version alone (a stored file is served without deriving). */
    public static String fileName(String targetName, int planVersion, ChecklistFormat format) {
        String name = targetName.strip().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}\\s]+", "_");
        if (name.isEmpty() || name.startsWith(".")) {
            name = "_" + name;
        }
        return name + "-传导清单-第" + planVersion + "版." + format.extension();
    }
}
