package org.plantrace.ingest.docx;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Watches the bytes of one package part for a document type declaration. The part is taken as XML
 * when its first significant character is '<' in UTF-8, UTF-16 or UTF-32 — anything else (PNG,
 * JPEG, EMF …) would be refused by an XML parser at its first byte, so it cannot carry entities.
 * The declaration is looked for in all five encodings an XML parser auto-detects, across buffer
 * boundaries, in the whole part (comments may push it far from the start).
 */
final class DoctypeSniffer {
    private static final byte[][] PATTERNS = {
        "<!DOCTYPE".getBytes(StandardCharsets.UTF_8),
        "<!DOCTYPE".getBytes(StandardCharsets.UTF_16LE),
        "<!DOCTYPE".getBytes(StandardCharsets.UTF_16BE),
        "<!DOCTYPE".getBytes(Charset.forName("UTF-32LE")),
        "<!DOCTYPE".getBytes(Charset.forName("UTF-32BE")),
    };
    private static final int KEEP = 36; // longest pattern minus one, rounded up

    private boolean decided;
    private boolean xml;
    private boolean doctype;
    private byte[] carry = new byte[0];

    void feed(byte[] buffer, int length) {
        if (!decided) {
            // undecided while only blanks, BOM and NUL bytes have come: the deflate stream may
            // hand them over in a chunk of their own
            Boolean startsWithAngle = firstSignificantIsAngle(buffer, length);
            if (startsWithAngle != null) {
                decided = true;
                xml = startsWithAngle;
            }
        }
        if ((decided && !xml) || doctype) {
            return;
        }
        byte[] window = new byte[carry.length + length];
        System.arraycopy(carry, 0, window, 0, carry.length);
        System.arraycopy(buffer, 0, window, carry.length, length);
        for (byte[] p : PATTERNS) {
            if (indexOf(window, p) >= 0) {
                doctype = true;
                return;
            }
        }
        int keep = Math.min(KEEP, window.length);
        carry = Arrays.copyOfRange(window, window.length - keep, window.length);
    }

    boolean looksLikeXml() {
        return decided && xml;
    }

    boolean foundDoctype() {
        return doctype;
    }

    /**
     * Whether the first non-blank byte is '<', ignoring a BOM and the NUL bytes of UTF-16/32;
     * null when the chunk holds no significant byte yet.
     */
    private static Boolean firstSignificantIsAngle(byte[] b, int length) {
        for (int i = 0; i < length; i++) {
            int c = b[i] & 0xff;
            if (c == 0 || c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == 0xEF || c == 0xBB
                    || c == 0xBF || c == 0xFE || c == 0xFF) {
                continue;
            }
            return c == '<';
        }
        return null;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
