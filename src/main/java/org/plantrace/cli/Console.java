package org.plantrace.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Writes lines as UTF-8 whatever the platform default or the stream's own encoding. */
final class Console {
    private Console() {
    }

    static void line(PrintStream stream, String text) {
        byte[] bytes = (text + System.lineSeparator()).getBytes(StandardCharsets.UTF_8);
        stream.write(bytes, 0, bytes.length);
        stream.flush();
    }

    /** The first non-blank line of a message: stderr gets one line per failure. */
    static String oneLine(String message) {
        if (message == null) {
            return "";
        }
        for (String line : message.split("\\R")) {
            if (!line.isBlank()) {
                return line.strip();
            }
        }
        return "";
    }
}
