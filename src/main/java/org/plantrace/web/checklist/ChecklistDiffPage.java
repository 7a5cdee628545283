package org.plantrace.web.checklist;

import org.plantrace.web.i18n.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import org.plantrace.application.checklist.ChecklistNotFoundException;
import org.plantrace.application.checklist.ChecklistService;
import org.plantrace.domain.account.Actor;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.transmission.ChecklistDiff;
import org.plantrace.transmission.RuleFileException;
import org.plantrace.transmission.Target;
import org.plantrace.transmission.TargetKind;
import org.plantrace.web.account.CurrentUser;

/**
 * {@code /checklist/diff?township=…&base=N&version=M}: one target's checklist from two versions of
 * the county plan side by side. Rows are the service's {@link ChecklistDiff} rows; a CHANGED row
 * (a source clause's text changed) is marked 需复核. Without {@code version} the newest visible
 * version is compared; without {@code base}, the version before it.
 */
@Named("checklistDiff")
@RequestScoped
public class ChecklistDiffPage {
    @Inject
    ChecklistContext context;
    @Inject
    CurrentUser user;
    @Inject
    FacesContext faces;

    private String township;
    private String unit;
    private Integer base;
    private Integer version;
    private String changes;

    private String problem;
    /** Not an error: there is nothing to compare yet. */
    private String note;
    private Target target;
    private PlanVersion baseVersion;
    private PlanVersion currentVersion;
    private List<PlanVersion> versions = List.of();
    private DiffRows diffRows;

    public void load() {
        Optional<String> code = context.planCode();
        TargetKind kind = TargetParameters.kind(township, unit);
        if (code.isEmpty() || kind == null) {
            problem = code.isEmpty() ? ChecklistPage.ck("checklist.msg.diff.noPlan") : ChecklistPage.ck("checklist.msg.diff.noTarget");
            faces.getExternalContext().setResponseStatus(code.isEmpty() ? 404 : 400);
            return;
        }
        String plan = code.get();
        ChecklistService service = context.service();
        Actor actor = user.actor();
        try {
            versions = service.versions(actor, plan);
            currentVersion = service.version(actor, plan, version == null ? ChecklistService.LATEST : version);
            if (base == null) {
                baseVersion = versions.stream().filter(v -> v.number() < currentVersion.number())
                        .reduce((a, b) -> b).orElse(null);
            } else {
                baseVersion = service.version(actor, plan, base);
            }
            String name = TargetParameters.name(township, unit);
            target = service.findTarget(actor, plan, currentVersion.number(), kind, name).orElse(null);
            if (target == null) {
                problem = ChecklistPage.ck("checklist.msg.diff.unknownTarget", currentVersion.number(),
                        ChecklistPage.ck(kind == TargetKind.TOWNSHIP ? "checklist.msg.kind.township" : "checklist.msg.kind.unit"), name);
                faces.getExternalContext().setResponseStatus(404);
                return;
            }
            if (baseVersion == null) {
                note = ChecklistPage.ck("checklist.msg.diff.oneVersion", ChecklistPage.versionLabel(currentVersion));
                return;
            }
            ChecklistDiff diff = service.compare(actor, plan, baseVersion.number(), currentVersion.number(), target);
            diffRows = DiffRows.of(diff, faces.getExternalContext().getRequestContextPath());
        } catch (ChecklistNotFoundException e) {
            problem = Texts.say(e);
            faces.getExternalContext().setResponseStatus(404);
        } catch (RuleFileException e) {
            problem = ChecklistPage.ck("checklist.msg.diff.badRules", Texts.say(e));
        }
    }

    public String getProblem() {
        return problem;
    }

    public String getNote() {
        return note;
    }

    public Target getTarget() {
        return target;
    }

    public String getTitle() {
        return target == null ? ChecklistPage.ck("checklist.msg.diff.title") : ChecklistPage.ck("checklist.msg.diff.titleOf", target.name());
    }

    public String getBaseLabel() {
        return baseVersion == null ? "" : ChecklistPage.versionLabel(baseVersion);
    }

    public String getCurrentLabel() {
        return currentVersion == null ? "" : ChecklistPage.versionLabel(currentVersion);
    }

    /** The rows; with {@code ?changes=only} (只看变化) the unchanged ones are left out. */
    public List<DiffRowView> getRows() {
        if (diffRows == null) {
            return List.of();
        }
        return isChangesOnly() ? diffRows.rows().stream().filter(r -> !r.change().equals("UNCHANGED")).toList()
                : diffRows.rows();
    }

    public boolean isChangesOnly() {
        return "only".equals(changes);
    }

    public String getChanges() {
        return changes;
    }

    public void setChanges(String changes) {
        this.changes = "only".equals(changes) ? "only" : null;
    }

    /** This comparison's address with the filter switched: 只看变化 ↔ 显示全部. */
    public String getToggleHref() {
        if (target == null || baseVersion == null || currentVersion == null) {
            return "";
        }
        return faces.getExternalContext().getRequestContextPath() + "/checklist/diff?" + TargetParameters.query(target)
                + "&base=" + baseVersion.number() + "&version=" + currentVersion.number()
                + (isChangesOnly() ? "" : "&changes=only");
    }

    public int count(String change) {
        return diffRows == null ? 0 : diffRows.count(ChecklistDiff.Change.valueOf(change));
    }

    public String getChecklistHref() {
        return faces.getExternalContext().getRequestContextPath() + "/checklist"
                + (target == null ? "" : "?" + TargetParameters.query(target)
                        + (currentVersion == null ? "" : "&version=" + currentVersion.number()));
    }

    /** Other pairs to compare: each earlier version against the compared one. */
    public List<ChecklistPage.Link> getBaseLinks() {
        if (target == null || currentVersion == null) {
            return List.of();
        }
        String ctx = faces.getExternalContext().getRequestContextPath();
        return versions.stream().filter(v -> v.number() < currentVersion.number())
                .map(v -> new ChecklistPage.Link(ChecklistPage.versionLabel(v), ctx + "/checklist/diff?"
                        + TargetParameters.query(target) + "&base=" + v.number() + "&version=" + currentVersion.number(),
                        baseVersion != null && v.number() == baseVersion.number()))
                .toList();
    }

    public String getTownship() {
        return township;
    }

    public void setTownship(String township) {
        this.township = township;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public String getBase() {
        return base == null ? null : base.toString();
    }

    public void setBase(String base) {
        this.base = ChecklistPage.parseVersion(base);
    }

    public String getVersion() {
        return version == null ? null : version.toString();
    }

    public void setVersion(String version) {
        this.version = ChecklistPage.parseVersion(version);
    }
}
