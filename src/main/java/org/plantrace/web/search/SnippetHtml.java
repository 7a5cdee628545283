package org.plantrace.web.search;

/**
 * Makes a search snippet safe to write unescaped. The search layer already HTML-escapes the text
 * and adds only {@code <em>}/{@code </em>} around matches; we do not rely on that alone, because
 * the page writes the snippet with {@code escape="false"}: here every {@code <} or {@code >} that is
 * not part of those two tags is escaped, every {@code &} that does not start a character reference
 * is escaped, and an unclosed {@code <em>} is closed. The worst a faulty snippet can then do is
 * show a stray entity.
 */
public final class SnippetHtml {
    private static final String OPEN = "<em>";
    private static final String CLOSE = "</em>";

    private SnippetHtml() {
    }

    public static String safe(String snippet) {
        if (snippet == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(snippet.length() + 16);
        boolean open = false;
        int i = 0;
        while (i < snippet.length()) {
            char c = snippet.charAt(i);
            if (snippet.startsWith(OPEN, i) && !open) {
                out.append(OPEN);
                open = true;
                i += OPEN.length();
            } else if (snippet.startsWith(CLOSE, i) && open) {
                out.append(CLOSE);
                open = false;
                i += CLOSE.length();
            } else if (c == '<') {
                out.append("&lt;");
                i++;
            } else if (c == '>') {
                out.append("&gt;");
                i++;
            } else if (c == '&') {
                int end = referenceEnd(snippet, i);
                if (end > 0) {
                    out.append(snippet, i, end);
                    i = end;
                } else {
                    out.append("&amp;");
                    i++;
                }
            } else if (c == '"') {
                out.append("&quot;");
                i++;
            } else {
                out.append(c);
                i++;
            }
        }
        if (open) {
            out.append(CLOSE);
        }
        return out.toString();
    }

    /** The end of a character reference (&amp;name; or &amp;#N; or &amp;#xH;) starting at i, or -1. */
    private static int referenceEnd(String s, int i) {
        int j = i + 1;
        boolean numeric = j < s.length() && s.charAt(j) == '#';
        if (numeric) {
            j++;
            if (j < s.length() && (s.charAt(j) == 'x' || s.charAt(j) == 'X')) {
                j++;
            }
        }
        int start = j;
        while (j < s.length() && j - start < 10 && Character.isLetterOrDigit(s.charAt(j)) && s.charAt(j) < 128) {
            j++;
        }
        return j > start && j < s.length() && s.charAt(j) == ';' ? j + 1 : -1;
    }
}
