package org.plantrace.web.upload;

import org.plantrace.web.i18n.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.plantrace.application.upload.UploadException;
import org.plantrace.application.upload.UploadJob;
import org.plantrace.application.upload.UploadService;
import org.plantrace.application.upload.UploadStage;
import org.plantrace.domain.account.Action;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.web.account.CurrentUser;
import org.plantrace.web.compare.ComparisonView;
import org.plantrace.web.compare.PlanChoice;
import org.plantrace.web.compare.VersionOption;

/**
 * {@code /upload.xhtml}: choose a file (.txt, .docx, .pdf) for the plan; then
 * {@code /upload.xhtml?job=…} shows its progress (upload-progress.js polls the status and reloads
 * the page when reading is done), then the diff preview against the current version with
 * 确认 and 取消. Needs {@code UPLOAD_VERSION}.
 */
@Named("uploadPage")
@RequestScoped
public class UploadPage {
    @Inject
    CurrentUser user;
    @Inject
    UploadService uploads;
    @Inject
    PlanChoice planChoice;
    @Inject
    FacesContext faces;

    private String plan;
    private String job;
    private String tooLarge;
    private Part file;
    private UploadJob current;
    private ComparisonView preview;

    /** The view action: permission, the plan, the upload shown. */
    public void load() {
        user.require(Action.UPLOAD_VERSION);
        plan = planChoice.code(plan);
        if (tooLarge != null && !tooLarge.isBlank()) {
            error(text("upload.msg.tooLarge", UploadService.MAX_BYTES >> 20));
        }
        current = job == null ? null : uploads.job(user.actor(), job).orElse(null);
        if (job != null && current == null) {
            error(text("upload.msg.gone"));
        }
        if (current != null) {
            plan = current.planCode();
            if (current.stage() == UploadStage.READY) {
                preview = ComparisonView.of(current.preview().result(), false);
            }
        }
    }

    public String upload() {
        plan = planChoice.code(plan);
        if (file == null || file.getSize() == 0) {
            error(text("upload.msg.noFile"));
            return null;
        }
        try (InputStream in = file.getInputStream()) {
            UploadJob started = uploads.start(user.actor(), plan, file.getSubmittedFileName(), in);
            return "/upload.xhtml?faces-redirect=true&job=" + started.id();
        } catch (UploadException e) {
            error(Texts.say(e));
            return null;
        } catch (IOException e) {
            error(text("upload.msg.incomplete", Texts.say(e)));
            return null;
        } finally {
            try {
                file.delete();
            } catch (IOException ignored) {
                // the container removes its temporary part at the end of the request anyway
            }
        }
    }

    public String confirm() {
        String id = param("job");
        try {
            PlanVersion stored = uploads.confirm(user.actor(), id);
            kept(FacesMessage.SEVERITY_INFO, text("upload.msg.stored", stored.number()));
            return "/upload.xhtml?faces-redirect=true&job=" + URLEncoder.encode(id, StandardCharsets.UTF_8);
        } catch (UploadException e) {
            error(Texts.say(e));
            job = id;
            load();
            return null;
        }
    }

    public String cancel() {
        String id = param("job");
        try {
            uploads.cancel(user.actor(), id);
            kept(FacesMessage.SEVERITY_INFO, text("upload.msg.cancelled"));
        } catch (UploadException e) {
            kept(FacesMessage.SEVERITY_ERROR, Texts.say(e));
        }
        return "/upload.xhtml?faces-redirect=true&plan=" + URLEncoder.encode(plan == null ? "" : plan, StandardCharsets.UTF_8);
    }

    private String param(String name) {
        String value = faces.getExternalContext().getRequestParameterMap().get(name);
        return value == null ? "" : value;
    }

    /** A message for this response (no redirect follows). */
    /** A text of the review-and-upload bundle in the reader's language (issue #14.9). */
    private static String text(String key, Object... args) {
        return org.plantrace.web.i18n.Texts.in("org.plantrace.web.review.Texts", key, args);
    }

    private void error(String message) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    /** A message kept over the redirect that follows. */
    private void kept(FacesMessage.Severity severity, String message) {
        faces.addMessage(null, new FacesMessage(severity, message, null));
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }

    /**
     * The upload shown. Looked up again on a postback, where the view action does not run but the
     * forms' rendered conditions are evaluated before their buttons are decoded.
     */
    public UploadJob getCurrent() {
        if (current == null && (job == null || job.isBlank())) {
            // a postback: the view parameter is set only after the forms are decoded; they carry the id
            String posted = param("job");
            job = posted.isBlank() ? null : posted;
        }
        if (current == null && job != null) {
            current = uploads.job(user.actor(), job).orElse(null);
        }
        return current;
    }

    /** Reading or queued: the page shows progress and the script polls. */
    public boolean isWorking() {
        return getCurrent() != null && !current.stage().finished();
    }

    public boolean isReady() {
        return getCurrent() != null && current.stage() == UploadStage.READY;
    }

    public ComparisonView getPreview() {
        if (preview == null && isReady()) {
            preview = ComparisonView.of(current.preview().result(), false);
        }
        return preview;
    }

    public String getBaseLabel() {
        return isReady() ? text("upload.msg.current", VersionOption.of(current.preview().older()).label()) : "";
    }

    public String getUploadLabel() {
        return getCurrent() == null ? "" : text("upload.msg.uploaded", current.fileName());
    }

    /** Where the stored draft is compared with the version it replaced. */
    public String getCompareHref() {
        if (getCurrent() == null || current.stage() != UploadStage.STORED) {
            return "";
        }
        int stored = current.storedVersion();
        int base = current.preview().older().number();
        // a draft replaced in place keeps its number: compare with the version before it then
        int older = base == stored ? Math.max(1, stored - 1) : base;
        return faces.getExternalContext().getRequestContextPath() + "/compare.xhtml?plan="
                + URLEncoder.encode(current.planCode(), StandardCharsets.UTF_8) + "&a=" + older + "&b=" + stored;
    }

    public String getStatusUrl() {
        return getCurrent() == null ? "" : faces.getExternalContext().getRequestContextPath() + "/upload/status?job=" + current.id();
    }

    public long getMaxBytes() {
        return UploadService.MAX_BYTES;
    }

    public long getMaxMegabytes() {
        return UploadService.MAX_BYTES >> 20;
    }

    public String getPlan() {
        return plan;
    }

    public void setPlan(String plan) {
        this.plan = plan;
    }

    public String getJob() {
        return job;
    }

    public void setJob(String job) {
        this.job = job;
    }

    public String getTooLarge() {
        return tooLarge;
    }

    public void setTooLarge(String tooLarge) {
        this.tooLarge = tooLarge;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    /** Why the upload failed, naming the file, in the reader's language. */
    public String getProblem() {
        UploadJob job = getCurrent();
        return job == null || job.explanation() == null ? "" : Texts.say(job.explanation());
    }
}
