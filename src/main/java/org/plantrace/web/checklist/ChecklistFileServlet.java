package org.plantrace.web.checklist;

import org.plantrace.web.i18n.Texts;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.plantrace.application.checklist.ChecklistNotFoundException;
import org.plantrace.application.checklist.ChecklistService;
import org.plantrace.domain.account.Actor;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.domain.plan.VersionStatus;
import org.plantrace.infrastructure.DataDirectory;
import org.plantrace.transmission.RuleFileException;
import org.plantrace.transmission.Target;
import org.plantrace.transmission.TargetKind;
import org.plantrace.transmission.output.ChecklistFormat;
import org.plantrace.transmission.output.ChecklistOutputException;
import org.plantrace.citation.ClauseAddresses;
import org.plantrace.transmission.output.ChecklistWriter;
import org.plantrace.web.account.CurrentUser;

/**
 * {@code /checklist/file?township=…|unit=…&format=docx|pdf|json[&version=N]}: the checklist as a
 * download, with its Content-Type and a Content-Disposition whose {@code filename*} carries the
 * Chinese name in UTF-8 (RFC 6266/5987) and whose plain {@code filename} is an ASCII fallback. The
 * file is written in memory first, so a failure is an error page, never half a file. A published
 * version's file is written once, kept in the data folder ({@link PublishedFiles}) and served with
 * ETag and Last-Modified (a conditional request gets 304); a draft's is written for each request. The reader
 * is the session's actor: a draft the reader may not see is refused by the service (403, through
 * the access filter). Weld does not inject into servlets on Jetty 12, hence {@link CDI#current()}.
 */
public class ChecklistFileServlet extends HttpServlet {
    private static final Logger LOG = Logger.getLogger(ChecklistFileServlet.class.getName());
    private static final String CK = "org.plantrace.web.i18n.Checklist";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        Optional<ChecklistFormat> format = ChecklistFormat.of(request.getParameter("format"));
        String township = request.getParameter("township");
        String unit = request.getParameter("unit");
        TargetKind kind = TargetParameters.kind(township, unit);
        if (format.isEmpty() || kind == null) {
            plain(response, HttpServletResponse.SC_BAD_REQUEST, Texts.in(request, CK, "file.err.parameters"));
            return;
        }
        ChecklistContext context = CDI.current().select(ChecklistContext.class).get();
        Actor actor = CDI.current().select(CurrentUser.class).get().actor();
        Optional<String> plan = context.planCode();
        if (plan.isEmpty()) {
            plain(response, HttpServletResponse.SC_NOT_FOUND, Texts.in(request, CK, "file.err.noCounty"));
            return;
        }
        Integer asked = ChecklistPage.parseVersion(request.getParameter("version"));
        int version = asked == null ? ChecklistService.LATEST : asked;
        String name = TargetParameters.name(township, unit);
        try {
            ChecklistService service = context.service();
            // the visibility check: a draft the reader may not see is refused here (403)
            PlanVersion planVersion = service.version(actor, plan.get(), version);
            Optional<Target> target = service.findTarget(actor, plan.get(), planVersion.number(), kind, name);
            if (target.isEmpty()) {
                plain(response, HttpServletResponse.SC_NOT_FOUND, Texts.in(request, CK,
                        kind == TargetKind.TOWNSHIP ? "file.err.noTownship" : "file.err.noUnit", name));
                return;
            }
            String fileName = ChecklistWriter.fileName(target.get().name(), planVersion.number(), format.get());
            String fallback = "checklist-v" + planVersion.number() + "." + format.get().extension();
            PublishedFiles.Writer writer = () -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                context.writer().write(service.derive(actor, plan.get(), planVersion.number(), target.get()), format.get(),
                        addresses(request), out);
                return out.toByteArray();
            };
            if (planVersion.status() == VersionStatus.PUBLISHED || planVersion.status() == VersionStatus.SUPERSEDED) {
                Path file = files().file(plan.get(), planVersion.number(), target.get().kind(), target.get().name(),
                        format.get(), writer);
                serveStored(request, response, file, format.get(), fileName, fallback);
                return;
            }
            // a draft changes with every edit: written for this request, never stored or cached
            byte[] body = writer.write();
            headers(response, format.get(), fileName, fallback);
            response.setHeader("Cache-Control", "private, no-store");
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        } catch (ChecklistNotFoundException e) {
            plain(response, HttpServletResponse.SC_NOT_FOUND, Texts.say(request, e));
        } catch (ChecklistOutputException | RuleFileException e) {
            LOG.log(Level.WARNING, "checklist download failed", e);
            plain(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, Texts.in(request, CK, "file.err.failed", Texts.say(request, e)));
        }
    }

    /**
     * Where the file's clause links point: the configured public address, else the one this request
     * came in on (scheme, host, port and the app's path), so that a downloaded file opens the pages.
     */
    public static ClauseAddresses addresses(HttpServletRequest request) {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean usual = (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        String host = request.getServerName();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        try {
            return ClauseAddresses.configuredOr(scheme + "://" + host + (usual ? "" : ":" + port) + request.getContextPath());
        } catch (IllegalArgumentException e) {
            LOG.warning("clause addresses: " + e.getMessage());
            return ClauseAddresses.none();
        }
    }

    private static PublishedFiles files() {
        return new PublishedFiles(DataDirectory.fromEnvironment().root().resolve("checklists"));
    }

    /**
     * A stored file of a published version, with a validator: the ETag is the file's size and time
     * of writing, and a request that has it already ({@code If-None-Match}, or
     * {@code If-Modified-Since} not older than the file) gets 304 with no body.
     */
    private static void serveStored(HttpServletRequest request, HttpServletResponse response, Path file,
            ChecklistFormat format, String fileName, String fallback) throws IOException {
        long modified = Files.getLastModifiedTime(file).toMillis();
        long size = Files.size(file);
        String etag = "\"" + Long.toHexString(modified) + "-" + Long.toHexString(size) + "\"";
        // published files are the same for everyone who may see them: shared caches may keep them, asking again each time
        response.setHeader("Cache-Control", "public, no-cache");
        response.setHeader("ETag", etag);
        response.setDateHeader("Last-Modified", modified);
        String ifNoneMatch = request.getHeader("If-None-Match");
        boolean fresh = ifNoneMatch != null ? matches(ifNoneMatch, etag) : notModifiedSince(request, modified);
        if (fresh) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        headers(response, format, fileName, fallback);
        response.setContentLengthLong(size);
        Files.copy(file, response.getOutputStream());
    }

    private static boolean notModifiedSince(HttpServletRequest request, long modified) {
        try {
            // HTTP dates have whole seconds
            return request.getDateHeader("If-Modified-Since") >= modified / 1000 * 1000;
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.strip();
            if (c.equals("*") || c.equals(etag) || c.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    private static void headers(HttpServletResponse response, ChecklistFormat format, String fileName, String fallback) {
        response.setContentType(format.contentType());
        if (format == ChecklistFormat.JSON) {
            response.setCharacterEncoding("UTF-8");
        }
        response.setHeader("Content-Disposition", contentDisposition(fileName, fallback));
    }

    /** {@code attachment; filename="checklist-v1.pdf"; filename*=UTF-8''%E7%8E%8B…}. */
    public static String contentDisposition(String name, String asciiFallback) {
        return "attachment; filename=\"" + asciiFallback + "\"; filename*=UTF-8''" + rfc5987(name);
    }

    static String rfc5987(String s) {
        StringBuilder out = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }

    private static void plain(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().println(message);
    }
}
