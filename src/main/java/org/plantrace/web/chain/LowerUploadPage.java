package org.plantrace.web.chain;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.apache.commons.io.file.PathUtils;
import org.plantrace.application.IngestResult;
import org.plantrace.application.chain.LowerPlanRequest;
import org.plantrace.application.chain.LowerPlanService;
import org.plantrace.domain.account.Action;
import org.plantrace.domain.plan.Plan;
import org.plantrace.domain.plan.PlanChain;
import org.plantrace.domain.plan.PlanLevel;
import org.plantrace.domain.plan.PlanRepository;
import org.plantrace.extract.entity.Entity;
import org.plantrace.infrastructure.DataDirectory;
import org.plantrace.ingest.InputRejectedException;
import org.plantrace.ingest.PlanReaders;
import org.plantrace.web.account.CurrentUser;
import org.plantrace.web.authoring.PlanPaths;

/**
 * {@code /lower-upload.xhtml?parent=CODE}: 上传下级规划 — a file, its level, its parent plan and the
 * township, chosen from the parent's townships (or left to the title). The file is read and stored
 * as a draft of the lower plan in this request (lower plans are short; a county plan's new version
 * goes through the background upload instead), then the browser is sent to the stored version's
 * outline. Needs {@code UPLOAD_LOWER_PLAN}; a refused file stores nothing and says why.
 */
@Named("lowerUpload")
@RequestScoped
public class LowerUploadPage {
    /** The levels a plan may be brought in at. */
    static final String FORM = "lower-form";
    static final List<PlanLevel> LEVELS = List.of(PlanLevel.TOWNSHIP, PlanLevel.DETAILED_UNIT, PlanLevel.VILLAGE);

    @Inject
    CurrentUser user;
    @Inject
    LowerPlanService lowerPlans;
    @Inject
    PlanRepository plans;
    @Inject
    FacesContext faces;

    private String parent;
    private String level = PlanLevel.TOWNSHIP.code();
    private String township;
    private Part file;

    /**
     * The parent comes from the address ({@code ?parent=}) or, on the upload's postback, from the
     * form's hidden field: read here, before the township list is needed to validate the choice.
     */
    @PostConstruct
    void init() {
        java.util.Map<String, String> params = faces.getExternalContext().getRequestParameterMap();
        parent = params.getOrDefault(FORM + ":parent", params.get("parent"));
    }

    /** View action: permission first, then the parent shown (the first county plan by default). */
    public void load() {
        user.require(Action.UPLOAD_LOWER_PLAN);
        if (parent == null || parent.isBlank() || plans.plan(parent).isEmpty()) {
            parent = getParents().stream().findFirst().map(Plan::code).orElse(null);
        }
    }

    /** Plans that transmit to township plans, in chain order. */
    public List<Plan> getParents() {
        return PlanChain.of(plans.plans()).inOrder().stream().map(PlanChain.Node::plan)
                .filter(p -> p.level().transmitsTo(PlanLevel.TOWNSHIP)).toList();
    }

    public List<String> getTownships() {
        return parent == null ? List.of() : lowerPlans.townships(parent).all().stream().map(Entity::name).toList();
    }

    public List<PlanLevel> getLevels() {
        return LEVELS;
    }

    public String getParentName() {
        return parent == null ? "" : plans.plan(parent).map(Plan::name).orElse(parent);
    }

    private String upload() {
        user.require(Action.UPLOAD_LOWER_PLAN);
        if (file == null || file.getSize() == 0) {
            error(text("upload.err.noFile"));
            return null;
        }
        if (file.getSize() > PlanReaders.MAX_BINARY_BYTES) {
            error(text("upload.err.tooLarge", String.valueOf(PlanReaders.MAX_BINARY_BYTES >> 20)));
            return null;
        }
        PlanLevel chosen = PlanLevel.ofCode(level).filter(LEVELS::contains).orElse(PlanLevel.TOWNSHIP);
        Path dir = DataDirectory.fromEnvironment().uploads().resolve("lower").resolve(UUID.randomUUID().toString());
        try {
            Files.createDirectories(dir);
            // under the uploader's own file name, so that every message names their file
            Path saved = dir.resolve(safeName(file.getSubmittedFileName()));
            try (InputStream in = file.getInputStream()) {
                Files.copy(in, saved, StandardCopyOption.REPLACE_EXISTING);
            }
            IngestResult r = lowerPlans.ingest(user.actor(),
                    new LowerPlanRequest(saved, parent, township, chosen, false));
            return PlanPaths.version(r.plan().code(), r.version()) + "?done=lower-uploaded";
        } catch (InputRejectedException e) {
            error(text("upload.err.rejected", org.plantrace.web.i18n.Texts.say(e)));
            return null;
        } catch (IOException e) {
            error(text("upload.err.incomplete", e.getMessage()));
            return null;
        } finally {
            deleteTree(dir);
        }
    }

    /** The navigation outcome is an address, not a view id: redirect to it. */
    public void submit() throws IOException {
        String target = upload();
        if (target != null) {
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + target);
        }
    }

    static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}:*?\"<>|]", "_").strip();
        if (name.isEmpty() || name.startsWith(".") || name.length() > 150) {
            // keep the extension: the readers choose by it
            String ext = fileName != null && fileName.lastIndexOf('.') > 0 ? fileName.substring(fileName.lastIndexOf('.')) : "";
            name = "upload-" + HexFormat.of().toHexDigits(System.nanoTime()) + (ext.length() <= 10 ? ext : "");
        }
        return name;
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try {
            PathUtils.deleteDirectory(dir);
        } catch (IOException ignored) {
            // a left-over temp folder is harmless; the next start does not read it
        }
    }

    private void error(String message) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    public String getParent() {
        return parent;
    }

    public void setParent(String parent) {
        this.parent = parent;
    }

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
    }

    public String getTownship() {
        return township;
    }

    public void setTownship(String township) {
        this.township = township;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    /** A text of the chain bundle in the reader's language (issue #14.9). */
    private static String text(String key, Object... args) {
        return org.plantrace.web.i18n.Texts.in("org.plantrace.web.i18n.Chain", key, args);
    }
}
