package org.plantrace.web.checklist;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.plantrace.application.checklist.ChecklistNotFoundException;
import org.plantrace.application.checklist.ChecklistService;
import org.plantrace.domain.account.Actor;
import org.plantrace.transmission.Checklist;
import org.plantrace.transmission.RuleFileException;
import org.plantrace.transmission.Target;
import org.plantrace.transmission.TargetKind;
import org.plantrace.transmission.output.ChecklistFormat;
import org.plantrace.transmission.output.ChecklistOutputException;
import org.plantrace.transmission.output.ChecklistWriter;
import org.plantrace.web.account.CurrentUser;

/**
 * {@code /checklist/file?township=…|unit=…&format=docx|pdf|json[&version=N]}: the checklist as a
 * download, with its Content-Type and a Content-Disposition whose {@code filename*} carries the
 * Chinese name in UTF-8 (RFC 6266/5987) and whose plain {@code filename} is an ASCII fallback. The
 * file is written in memory first, so a failure is an error page, never half a file. The reader
 * is the session's actor: a draft the reader may not see is refused by the service (403, through
 * the access filter). Weld does not inject into servlets on Jetty 12, hence {@link CDI#current()}.
 */
public class ChecklistFileServlet extends HttpServlet {
    private static final Logger LOG = Logger.getLogger(ChecklistFileServlet.class.getName());

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        Optional<ChecklistFormat> format = ChecklistFormat.of(request.getParameter("format"));
        String township = request.getParameter("township");
        String unit = request.getParameter("unit");
        TargetKind kind = TargetParameters.kind(township, unit);
        if (format.isEmpty() || kind == null) {
            plain(response, HttpServletResponse.SC_BAD_REQUEST,
                    "请求缺少参数：需要 township=乡镇名 或 unit=单元名，以及 format=docx、pdf 或 json。");
            return;
        }
        ChecklistContext context = CDI.current().select(ChecklistContext.class).get();
        Actor actor = CDI.current().select(CurrentUser.class).get().actor();
        Optional<String> plan = context.planCode();
        if (plan.isEmpty()) {
            plain(response, HttpServletResponse.SC_NOT_FOUND, "还没有导入县级国土空间总体规划，暂无传导清单。");
            return;
        }
        Integer asked = ChecklistPage.parseVersion(request.getParameter("version"));
        int version = asked == null ? ChecklistService.LATEST : asked;
        String name = TargetParameters.name(township, unit);
        byte[] body;
        Checklist checklist;
        try {
            ChecklistService service = context.service();
            Optional<Target> target = service.findTarget(actor, plan.get(), version, kind, name);
            if (target.isEmpty()) {
                plain(response, HttpServletResponse.SC_NOT_FOUND,
                        "没有" + TargetParameters.kindWord(kind) + "“" + name + "”的传导清单；请回到 /checklist 从列表中选择。");
                return;
            }
            checklist = service.derive(actor, plan.get(), version, target.get());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            context.writer().write(checklist, format.get(), out);
            body = out.toByteArray();
        } catch (ChecklistNotFoundException e) {
            plain(response, HttpServletResponse.SC_NOT_FOUND, e.getMessage());
            return;
        } catch (ChecklistOutputException | RuleFileException e) {
            LOG.log(Level.WARNING, "checklist download failed", e);
            plain(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "无法生成清单文件：" + e.getMessage());
            return;
        }
        response.setContentType(format.get().contentType());
        if (format.get() == ChecklistFormat.JSON) {
            response.setCharacterEncoding("UTF-8");
        }
        response.setHeader("Content-Disposition", contentDisposition(ChecklistWriter.fileName(checklist, format.get()),
                "checklist-v" + checklist.planVersion() + "." + format.get().extension()));
        // a published checklist changes only with a new version, but drafts do, and the reader's
        // rights decide what they see: keep it out of shared caches
        response.setHeader("Cache-Control", "private, no-cache");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** {@code attachment; filename="checklist-v1.pdf"; filename*=UTF-8''%E7%8E%8B…}. */
    static String contentDisposition(String name, String asciiFallback) {
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
