package org.plantrace.web.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContentDispositionTest {
    @Test
    void chineseNamesTravelAsUtf8WithAnAsciiFallback() {
        String header = ChecklistFileServlet.contentDisposition("王庄堡镇-传导清单-第1版.pdf", "checklist-v1.pdf");
        assertEquals("attachment; filename=\"checklist-v1.pdf\"; filename*=UTF-8''"
                + "%E7%8E%8B%E5%BA%84%E5%A0%A1%E9%95%87-%E4%BC%A0%E5%AF%BC%E6%B8%85%E5%8D%95-%E7%AC%AC1%E7%89%88.pdf", header);
        String encoded = header.substring(header.indexOf("''") + 2);
        assertEquals("王庄堡镇-传导清单-第1版.pdf", URLDecoder.decode(encoded, StandardCharsets.UTF_8));
    }

    @Test
    void separatorsQuotesAndSpacesAreEncoded() {
        assertEquals("a%20b%22c%3B%2Fd", ChecklistFileServlet.rfc5987("a b\"c;/d"));
    }
}
