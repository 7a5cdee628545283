package org.plantrace.web.upload;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.plantrace.application.upload.UploadJob;
import org.plantrace.application.upload.UploadService;
import org.plantrace.web.account.CurrentUser;

/**
 * {@code /upload/status?job=…}: where an upload is, as JSON, for upload-progress.js. Only the
 * uploader gets an answer; anyone else (and an unknown id) gets 404. Beans are looked up through
 * {@link CDI#current()} because Weld does not inject into servlets on Jetty 12.
 */
public class UploadStatusServlet extends HttpServlet {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        CurrentUser user = CDI.current().select(CurrentUser.class).get();
        UploadService uploads = CDI.current().select(UploadService.class).get();
        Optional<UploadJob> job = uploads.job(user.actor(), request.getParameter("job"));
        if (job.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        JSON.writeValue(response.getOutputStream(), status(job.get(), org.plantrace.web.i18n.LocaleChoice.of(request)));
    }

    static Map<String, Object> status(UploadJob job) {
        return status(job, org.plantrace.web.i18n.LocaleChoice.CHINESE);
    }

    /** The job's state, its stage in the reader's language (issue #14.9). */
    static Map<String, Object> status(UploadJob job, java.util.Locale locale) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("stage", job.stage().name());
        out.put("label", org.plantrace.web.i18n.Words.word(job.stage(), locale));
        out.put("percent", job.stage().percent());
        out.put("finished", job.stage().finished());
        out.put("file", job.fileName());
        out.put("problem", job.explanation() == null ? "" : org.plantrace.web.i18n.Texts.say(locale, job.explanation()));
        return out;
    }
}
