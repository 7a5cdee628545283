package org.plantrace.application.trace.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.plantrace.application.trace.TraceMatrix;

/** The matrix as CSV (RFC 4180: every cell quoted, quotes doubled, CRLF rows), UTF-8 with the mark Excel needs. */
public final class TraceCsv {
    private TraceCsv() {
    }

    public static void write(TraceMatrix m, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        row(w, TraceTable.header(m));
        for (List<String> r : TraceTable.rows(m)) {
            row(w, r);
        }
        w.flush();
    }

    private static void row(Writer w, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write('"' + cells.get(i).replace("\"", "\"\"") + '"');
        }
        w.write("\r\n");
    }
}
