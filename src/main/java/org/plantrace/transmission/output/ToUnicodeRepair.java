package org.plantrace.transmission.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;

/**
 * Points the embedded fonts' ToUnicode maps back at the characters the text was written with.
 *
 * <p>Why: Source Han Sans maps several code points to one glyph (the Kangxi radical ⼟ U+2F1F and
 * the ideograph 土 U+571F; U+0000 and the space), and PDFBox 3.0's subset embedder writes the
 * lowest code point of a glyph into the ToUnicode map, so 土 would be extracted and copied as the
 * look-alike radical ⼟ (which does not search or compare as 土) and a space as U+0000. The writer
 * knows which character it drew with each glyph; this pass, run on the saved PDF, maps each glyph
 * back to that character ({@code drawn}: font name → glyph id → code point). A glyph not in
 * {@code drawn} keeps its mapping, except that a Kangxi radical or compatibility ideograph becomes
 * its NFKC form. It only parses the CMap syntax PDFBox itself writes (bfchar and bfrange of 2-byte
 * codes; with Identity-H embedding a code is the glyph id).
 */
final class ToUnicodeRepair {
    private static final Pattern RANGE = Pattern.compile("<([0-9A-Fa-f]+)>\\s*<([0-9A-Fa-f]+)>\\s*<([0-9A-Fa-f]+)>");
    private static final Pattern CHAR = Pattern.compile("<([0-9A-Fa-f]+)>\\s*<([0-9A-Fa-f]+)>");
    private static final Pattern BLOCK = Pattern.compile("beginbf(char|range)(.*?)endbf\\1", Pattern.DOTALL);

    private ToUnicodeRepair() {
    }

    static void repair(byte[] pdf, Map<String, Map<Integer, Integer>> drawn, OutputStream out) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            Set<COSDictionary> done = new HashSet<>();
            for (PDPage page : doc.getPages()) {
                PDResources resources = page.getResources();
                if (resources == null) {
                    continue;
                }
                COSDictionary fonts = resources.getCOSObject().getCOSDictionary(COSName.FONT);
                if (fonts == null) {
                    continue;
                }
                for (COSName name : fonts.keySet()) {
                    COSBase f = fonts.getDictionaryObject(name);
                    if (f instanceof COSDictionary font && done.add(font)
                            && font.getDictionaryObject(COSName.TO_UNICODE) instanceof COSStream toUnicode) {
                        rewrite(doc, font, toUnicode, drawnWith(font, drawn));
                    }
                }
            }
            doc.save(out);
        }
    }

    /** The glyphs drawn with this font: its BaseFont is the subset tag, '+', then the name it was drawn under. */
    private static Map<Integer, Integer> drawnWith(COSDictionary font, Map<String, Map<Integer, Integer>> drawn) {
        String base = font.getNameAsString(COSName.BASE_FONT);
        if (base == null) {
            return Map.of();
        }
        String name = base.substring(base.indexOf('+') + 1);
        return drawn.getOrDefault(name, Map.of());
    }

    private static void rewrite(PDDocument doc, COSDictionary font, COSStream toUnicode, Map<Integer, Integer> drawn)
            throws IOException {
        String cmap;
        try (InputStream in = toUnicode.createInputStream()) {
            cmap = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
        Map<Integer, String> mappings = mappings(cmap);
        boolean changed = false;
        for (Map.Entry<Integer, String> e : mappings.entrySet()) {
            Integer cp = drawn.get(e.getKey());
            String unified = cp != null ? new String(Character.toChars(cp)) : unified(e.getValue());
            if (!unified.equals(e.getValue())) {
                e.setValue(unified);
                changed = true;
            }
        }
        if (!changed) {
            return;
        }
        COSStream replacement = doc.getDocument().createCOSStream();
        try (OutputStream o = replacement.createOutputStream(COSName.FLATE_DECODE)) {
            o.write(write(mappings).getBytes(StandardCharsets.US_ASCII));
        }
        font.setItem(COSName.TO_UNICODE, replacement);
    }

    static Map<Integer, String> mappings(String cmap) {
        Map<Integer, String> out = new TreeMap<>();
        Matcher block = BLOCK.matcher(cmap);
        while (block.find()) {
            String body = block.group(2);
            if (block.group(1).equals("range")) {
                Matcher m = RANGE.matcher(body);
                while (m.find()) {
                    int from = Integer.parseInt(m.group(1), 16);
                    int to = Integer.parseInt(m.group(2), 16);
                    String first = utf16(m.group(3));
                    for (int code = from; code <= to; code++) {
                        out.put(code, increment(first, code - from));
                    }
                }
            } else {
                Matcher m = CHAR.matcher(body);
                while (m.find()) {
                    out.put(Integer.parseInt(m.group(1), 16), utf16(m.group(2)));
                }
            }
        }
        return out;
    }

    /** Kangxi radicals (U+2F00–U+2FDF) and compatibility ideographs become their unified ideograph. */
    static String unified(String s) {
        StringBuilder out = new StringBuilder();
        s.codePoints().forEach(cp -> {
            boolean variant = (cp >= 0x2F00 && cp <= 0x2FDF) || (cp >= 0xF900 && cp <= 0xFAFF)
                    || (cp >= 0x2F800 && cp <= 0x2FA1F) || (cp >= 0x2E80 && cp <= 0x2EFF);
            String c = new String(Character.toChars(cp));
            String n = variant ? Normalizer.normalize(c, Normalizer.Form.NFKC) : c;
            out.append(n.codePointCount(0, n.length()) == 1 ? n : c);
        });
        return out.toString();
    }

    private static String utf16(String hex) {
        byte[] bytes = new byte[hex.length() / 2];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        }
        return new String(bytes, StandardCharsets.UTF_16BE);
    }

    /** A bfrange's destination for the n-th code: its last UTF-16 unit raised by n. */
    private static String increment(String first, int n) {
        if (n == 0 || first.isEmpty()) {
            return first;
        }
        char last = (char) (first.charAt(first.length() - 1) + n);
        return first.substring(0, first.length() - 1) + last;
    }

    private static String write(Map<Integer, String> mappings) {
        StringBuilder s = new StringBuilder();
        s.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .append("/CIDSystemInfo\n<< /Registry (Adobe)\n/Ordering (UCS)\n/Supplement 0\n>> def\n")
                .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        var entries = mappings.entrySet().stream().toList();
        for (int i = 0; i < entries.size(); i += 100) {
            var chunk = entries.subList(i, Math.min(i + 100, entries.size()));
            s.append(chunk.size()).append(" beginbfchar\n");
            for (var e : chunk) {
                s.append('<').append(String.format("%04X", e.getKey())).append("> <");
                for (byte b : e.getValue().getBytes(StandardCharsets.UTF_16BE)) {
                    s.append(String.format("%02X", b & 0xFF));
                }
                s.append(">\n");
            }
            s.append("endbfchar\n");
        }
        s.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return s.toString();
    }

}
