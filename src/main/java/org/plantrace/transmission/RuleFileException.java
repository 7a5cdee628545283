package org.plantrace.transmission;

import java.nio.file.Path;

/** A rules or categories file that cannot be used; the message names the file, the line and the fix. */
public class RuleFileException extends RuntimeException {
    public RuleFileException(Path file, int line, String problem) {
        super(file.getFileName() + (line > 0 ? " 第 " + line + " 行" : "") + "：" + problem);
    }
}
