package org.plantrace.web.authoring;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The authoring pages keep the site's rules for a strict Content-Security-Policy: no inline script
 * (no script blocks with code, no on… attributes, no f:ajax, no h:commandLink), no style
 * attributes, and no unescaped output.
 */
class AuthoringPagesTest {
    static final Path PAGES = Path.of("webapp/authoring");
    static final List<Pattern> FORBIDDEN = List.of(
            Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>"),
            Pattern.compile("\\son[a-z]+\\s*="),
            Pattern.compile("<f:ajax"),
            Pattern.compile("<h:commandLink"),
            Pattern.compile("\\sstyle\\s*="),
            Pattern.compile("escape\\s*=\\s*\"false\""));

    @Test
    void noInlineScriptNoStyleAttributesNoUnescapedOutput() throws IOException {
        List<Path> pages;
        try (Stream<Path> files = Files.list(PAGES)) {
            pages = files.filter(p -> p.toString().endsWith(".xhtml")).toList();
        }
        assertTrue(pages.size() >= 6, pages.toString());
        for (Path page : pages) {
            String xhtml = Files.readString(page, StandardCharsets.UTF_8);
            for (Pattern p : FORBIDDEN) {
                assertFalse(p.matcher(xhtml).find(), page + " contains " + p);
            }
        }
    }

    @Test
    void theAuditPageHasNoForm() throws IOException {
        String audit = Files.readString(PAGES.resolve("audit.xhtml"), StandardCharsets.UTF_8);
        assertFalse(audit.contains("<h:form") || audit.contains("<form"), "the audit trail is read-only");
    }
}
