package org.plantrace.web;

/**
 * A return address taken from a request parameter ("back to where you were") is only followed
 * when it is a path inside this site; anything else, such as {@code //evil.example} or
 * {@code https://…}, would make the site an open redirect.
 */
public final class LocalPath {
    private LocalPath() {
    }

    /** The path if it is local ({@code /…}, not {@code //…} or {@code /\…}, no line breaks), else "/". */
    public static String orHome(String path) {
        if (path == null || path.isEmpty() || path.charAt(0) != '/' || path.length() > 2000) {
            return "/";
        }
        if (path.startsWith("//") || path.startsWith("/\\")) {
            return "/";
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '\\') {
                return "/";
            }
        }
        return path;
    }
}
