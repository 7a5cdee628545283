package org.plantrace.web.upload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plantrace.application.upload.UploadService;

class UploadLimitFilterTest {

    @Test
    void aBodyOverTheLimitIsSentBackToTheUploadPageUnread() throws Exception {
        Map<String, Object> sent = new HashMap<>();
        boolean[] passed = {false};
        new UploadLimitFilter().doFilter(request("POST", UploadService.MAX_BYTES + (2 << 20)), response(sent),
                (req, res) -> passed[0] = true);
        assertFalse(passed[0]);
        assertEquals(303, sent.get("status"));
        assertEquals("/upload.xhtml?tooLarge=1", sent.get("Location"));
        assertEquals("close", sent.get("Connection"));
    }

    @Test
    void aBodyWithinTheLimitAndEveryGetPass() throws Exception {
        for (HttpServletRequest r : new HttpServletRequest[] {request("POST", 10 << 20), request("GET", -1)}) {
            boolean[] passed = {false};
            new UploadLimitFilter().doFilter(r, response(new HashMap<>()), (req, res) -> passed[0] = true);
            assertTrue(passed[0]);
        }
    }

    static HttpServletRequest request(String method, long length) {
        return (HttpServletRequest) Proxy.newProxyInstance(HttpServletRequest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (p, m, a) -> switch (m.getName()) {
                    case "getMethod" -> method;
                    case "getContentLengthLong" -> length;
                    case "getContextPath" -> "";
                    default -> null;
                });
    }

    static HttpServletResponse response(Map<String, Object> sent) {
        return (HttpServletResponse) Proxy.newProxyInstance(HttpServletResponse.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (p, m, a) -> {
                    switch (m.getName()) {
                        case "setStatus" -> sent.put("status", a[0]);
                        case "setHeader" -> sent.put((String) a[0], a[1]);
                        default -> { }
                    }
                    return null;
                });
    }
}
