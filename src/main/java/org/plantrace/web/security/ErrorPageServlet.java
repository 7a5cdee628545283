package org.plantrace.web.security;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.plantrace.web.i18n.LocaleChoice;

/**
 * The one error page for every failure the container sees — an exception from Jetty's own request
 * parsing (bad percent-encoding, too many form keys, a form over the size limit, a truncated
 * multipart body), from a filter or servlet, or from Faces — and every error status without a page
 * of its own. web.xml maps the default error page here.
 * <p>
 * The reader gets a short page in their language with the status and a correlation id, never the
 * exception: stack traces name classes, versions and paths an attacker can use. The details go to
 * the log under the same id, so an operator told the id finds them. It is a plain servlet, not a
 * Faces view, because Faces itself may be what failed; and it reads no request parameter, because
 * the parameters may be what failed to parse.
 */
public class ErrorPageServlet extends HttpServlet {
    private static final Logger LOG = Logger.getLogger(ErrorPageServlet.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String BUNDLE = "org.plantrace.web.i18n.Common";
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (!(code instanceof Integer)) {
            // asked for directly, not as an error dispatch: there is no error to show
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        int status = (Integer) code;
        Throwable thrown = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        String id = correlationId();
        log(status, id, request, thrown);
        write(response, status, id, LocaleChoice.of(request));
    }

    /** Eight characters from an alphabet without look-alikes (0/o, 1/l/i), easy to read out on the phone. */
    static String correlationId() {
        StringBuilder id = new StringBuilder(8);
        for (int i = 0; i < 8; i++) {
            id.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return id.toString();
    }

    private static void log(int status, String id, HttpServletRequest request, Throwable thrown) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String line = "error " + id + ": " + status + " " + request.getMethod() + " " + uri
                + " from " + request.getRemoteAddr();
        if (status >= 500) {
            // a fault of ours: the whole trace
            LOG.log(Level.WARNING, line, thrown);
        } else {
            // a malformed or refused request is routine: what was wrong, without a trace per probe
            LOG.info(line + ": " + (thrown == null ? request.getAttribute(RequestDispatcher.ERROR_MESSAGE) : causes(thrown)));
        }
    }

    /** "BadMessageException: 400: Unable to parse form content ← EOFException: unexpected EOF". */
    static String causes(Throwable thrown) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        for (Throwable t = thrown; t != null && depth < 6; t = t.getCause() == t ? null : t.getCause(), depth++) {
            if (out.length() > 0) {
                out.append(" <- ");
            }
            out.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
        }
        return out.toString();
    }

    private static void write(HttpServletResponse response, int status, String id, Locale locale) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, locale);
        String kind = status >= 500 ? "server" : status == 413 ? "tooLarge" : status == 404 ? "notFound"
                : status == 403 ? "forbidden" : "request";
        String title = texts.getString("error." + kind + ".title");
        String page = String.join("\n", "<!DOCTYPE html>",
                "<html lang=\"" + (locale.getLanguage().equals("en") ? "en" : "zh-CN") + "\">", "<head>",
                "<meta charset=\"UTF-8\">", "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
                "<title>" + title + " · PlanTrace</title>",
                // a stylesheet file: the Content-Security-Policy allows no inline style
                "<link rel=\"stylesheet\" href=\"/resources/css/error.css\">", "</head>", "<body>",
                "<h1>" + title + " (" + status + ")</h1>",
                "<p>" + texts.getString("error." + kind + ".text") + "</p>",
                "<p id=\"correlation-id\">" + MessageFormat.format(texts.getString("error.reference"), id) + "</p>",
                "<p><a href=\"/\">" + texts.getString("error.home") + "</a></p>", "</body>", "</html>", "");
        byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
