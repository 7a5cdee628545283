package org.plantrace.web.nodes;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plantrace.web.WebSession;

/**
 * A Faces form read from a page as a browser would post it: its action and every field it carries
 * (hidden ones, the form state id, text boxes), then one button pressed.
 */
final class FacesForm {
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:.-]+)=\"([^\"]*)\"");
    private static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)>");
    private static final Pattern TEXTAREA = Pattern.compile("<textarea\\b([^>]*)>(.*?)</textarea>", Pattern.DOTALL);

    private final String id;
    private final String html;
    private final String action;
    private final Map<String, String> fields = new LinkedHashMap<>();

    private FacesForm(String id, String html, String action) {
        this.id = id;
        this.html = html;
        this.action = action;
    }

    /** The form {@code id} of the page; fails the test when the page has none. */
    static FacesForm in(String page, String id) {
        int start = page.indexOf("<form id=\"" + id + "\"");
        if (start < 0) {
            throw new AssertionError("no form " + id + " on the page: " + page.substring(0, Math.min(page.length(), 3000)));
        }
        int end = page.indexOf("</form>", start);
        String html = page.substring(start, end);
        Map<String, String> formAttributes = attributes(html.substring(0, html.indexOf('>')));
        FacesForm form = new FacesForm(id, html, unescape(formAttributes.get("action")));
        Matcher m = INPUT.matcher(html);
        while (m.find()) {
            Map<String, String> a = attributes(m.group(1));
            String type = a.getOrDefault("type", "text");
            if (a.containsKey("name") && !type.equals("submit") && !type.equals("checkbox") && !type.equals("radio")) {
                form.fields.put(a.get("name"), unescape(a.getOrDefault("value", "")));
            }
        }
        Matcher t = TEXTAREA.matcher(html);
        while (t.find()) {
            form.fields.put(attributes(t.group(1)).get("name"), unescape(t.group(2)));
        }
        return form;
    }

    /** Sets field {@code name} of the form ({@code text} is {@code edit:text} in form {@code edit}). */
    FacesForm set(String name, String value) {
        String key = id + ":" + name;
        if (!fields.containsKey(key)) {
            throw new AssertionError("form " + id + " has no field " + key + ": " + fields.keySet());
        }
        fields.put(key, value);
        return this;
    }

    String field(String name) {
        return fields.get(id + ":" + name);
    }

    /** Posts the form with button {@code button} pressed; fails when the form does not show it. */
    HttpResponse<String> press(WebSession session, String button) {
        String name = id + ":" + button;
        if (!html.contains("name=\"" + name + "\"")) {
            throw new AssertionError("form " + id + " shows no button " + button + ": " + html);
        }
        Map<String, String> post = new LinkedHashMap<>(fields);
        post.put(name, button);
        return session.post(action, post);
    }

    private static Map<String, String> attributes(String tag) {
        Map<String, String> a = new LinkedHashMap<>();
        Matcher m = ATTRIBUTE.matcher(tag);
        while (m.find()) {
            a.putIfAbsent(m.group(1), m.group(2));
        }
        return a;
    }

    static String unescape(String s) {
        if (s == null) {
            return null;
        }
        Matcher m = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);").matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String c = switch (e) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> new String(Character.toChars(e.startsWith("#x")
                        ? Integer.parseInt(e.substring(2), 16) : Integer.parseInt(e.substring(1))));
            };
            m.appendReplacement(out, Matcher.quoteReplacement(c));
        }
        m.appendTail(out);
        return out.toString();
    }
}
