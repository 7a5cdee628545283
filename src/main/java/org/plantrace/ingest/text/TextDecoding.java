package org.plantrace.ingest.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.plantrace.ingest.InputRejectedException;

/**
 * Turns the bytes of a text file into characters. Government text files come as UTF-8, UTF-8
 * with a byte-order mark, or GB18030/GBK (GBK is a subset of GB18030); a few as UTF-16 with a
 * byte-order mark. Decoding is strict: a file that is valid in none of them, or that holds
 * control characters no text file has, is refused rather than read as mojibake.
 */
public final class TextDecoding {
    static final Charset GB18030 = Charset.forName("GB18030");

    private TextDecoding() {
    }

    /** The decoded text and the encoding it was found to be in. */
    public record Decoded(String text, String encoding) {
    }

    public static Decoded decode(byte[] bytes, String fileName) throws InputRejectedException {
        Decoded decoded = tryDecode(bytes);
        if (decoded == null) {
            throw new InputRejectedException(fileName,
                    "无法识别文本编码（不是 UTF-8、GB18030/GBK 或带 BOM 的 UTF-16），可能不是文本文件；请另存为 UTF-8 文本后重试");
        }
        if (looksBinary(decoded.text())) {
            throw new InputRejectedException(fileName,
                    "文件含有二进制内容（控制字符），不是纯文本文件；请导入规划文本的 .txt、.docx 或 .pdf 文件");
        }
        return decoded;
    }

    private static Decoded tryDecode(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            String s = strict(StandardCharsets.UTF_8, b, 3);
            return s == null ? null : new Decoded(s, "UTF-8 (BOM)");
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            String s = strict(StandardCharsets.UTF_16LE, b, 2);
            return s == null ? null : new Decoded(s, "UTF-16LE (BOM)");
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            String s = strict(StandardCharsets.UTF_16BE, b, 2);
            return s == null ? null : new Decoded(s, "UTF-16BE (BOM)");
        }
        // UTF-8 first: valid UTF-8 Chinese text is almost never also valid GB18030 with the same
        // meaning, while GB18030 accepts many byte sequences, so trying it first would misread UTF-8.
        String s = strict(StandardCharsets.UTF_8, b, 0);
        if (s != null) {
            return new Decoded(s, "UTF-8");
        }
        s = strict(GB18030, b, 0);
        return s == null ? null : new Decoded(s, "GB18030");
    }

    private static String strict(Charset cs, byte[] b, int offset) {
        try {
            CharBuffer chars = cs.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, offset, b.length - offset));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * Text files hold tabs, line breaks and form feeds, not NUL or other C0 controls. Random bytes
     * that happen to decode are full of them (about one byte in eight).
     */
    static boolean looksBinary(String text) {
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                controls++;
            }
        }
        return controls > 0 && controls * 1000L > text.length();
    }
}
