package org.plantrace.web.conformance;

import org.plantrace.web.i18n.Texts;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.plantrace.application.conformance.ConformanceReviewService;
import org.plantrace.application.conformance.ReviewDocuments;
import org.plantrace.conformance.output.ReviewFormat;
import org.plantrace.domain.account.Actor;
import org.plantrace.domain.conformance.ConformanceRecord;
import org.plantrace.transmission.output.ChecklistOutputException;
import org.plantrace.web.account.CurrentUser;
import org.plantrace.web.checklist.ChecklistFileServlet;

/**
 * {@code /conformance-review/file?review=ID&format=docx|pdf|json|csv}: the 审查意见书 (Word, PDF) or the
 * JSON and CSV of a stored review, written from the record with the reviewer's decisions and
 * conclusion. Written in memory first (a failure is an error, never half a file) and never cached: a
 * decision changes it. Needs {@code CONFORMANCE_REVIEW}: the service refuses anyone else (403 through
 * the access filter). Weld does not inject into servlets on Jetty 12, hence {@link CDI#current()}.
 */
public class ConformanceFileServlet extends HttpServlet {
    private static final String CR = "org.plantrace.web.i18n.Conformance";
    private static final Logger LOG = Logger.getLogger(ConformanceFileServlet.class.getName());

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<ReviewFormat> format = ReviewFormat.of(request.getParameter("format"));
        long id = ConformanceReviewPage.number(request.getParameter("review"));
        Actor actor = CDI.current().select(CurrentUser.class).get().actor();
        ConformanceReviewService service = CDI.current().select(ConformanceReviewService.class).get();
        // the permission first: whoever may not review learns nothing, not even which ids exist
        Optional<ConformanceRecord> record = service.review(actor, id);
        if (format.isEmpty() || id == 0) {
            plain(response, HttpServletResponse.SC_BAD_REQUEST, Texts.in(request, CR, "servlet.noParameters"));
            return;
        }
        if (record.isEmpty()) {
            plain(response, HttpServletResponse.SC_NOT_FOUND, Texts.in(request, CR, "servlet.noReview", id));
            return;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ReviewDocuments.write(record.get(), format.get(),
                    org.plantrace.web.checklist.ChecklistFileServlet.addresses(request), out);
        } catch (ChecklistOutputException e) {
            LOG.log(Level.WARNING, "review file failed", e);
            plain(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, Texts.in(request, CR, "servlet.failed", e.getMessage()));
            return;
        }
        response.setContentType(contentType(format.get()));
        response.setHeader("Content-Disposition", ChecklistFileServlet.contentDisposition(
                ReviewDocuments.fileName(record.get(), format.get()), "conformance-review-" + id + "." + format.get().extension()));
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(out.size());
        out.writeTo(response.getOutputStream());
    }

    static String contentType(ReviewFormat f) {
        return switch (f) {
            case DOCX -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            case PDF -> "application/pdf";
            case JSON -> "application/json;charset=UTF-8";
            case CSV -> "text/csv;charset=UTF-8";
        };
    }

    private static void plain(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().println(message);
    }
}
