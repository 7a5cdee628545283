package org.plantrace.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LocalPathTest {
    @Test
    void localPathsAreKept() {
        assertEquals("/clause/abc", LocalPath.orHome("/clause/abc"));
        assertEquals("/search?q=%E8%80%95&page=2", LocalPath.orHome("/search?q=%E8%80%95&page=2"));
    }

    @Test
    void anythingThatCouldLeaveTheSiteGoesHome() {
        for (String bad : new String[] {null, "", "//evil.example", "/\\evil.example", "https://evil.example",
                "javascript:alert(1)", "evil", "/ok\r\nSet-Cookie: x=y", "/a\\b", "/" + "x".repeat(2001)}) {
            assertEquals("/", LocalPath.orHome(bad), String.valueOf(bad));
        }
    }
}
