package org.plantrace.web.checklist;

import org.plantrace.web.i18n.Texts;
import org.plantrace.web.i18n.Words;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.plantrace.application.checklist.ChecklistNotFoundException;
import org.plantrace.application.checklist.ChecklistService;
import org.plantrace.domain.account.Actor;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.domain.plan.VersionStatus;
import org.plantrace.transmission.Checklist;
import org.plantrace.transmission.ChecklistItem;
import org.plantrace.transmission.Target;
import org.plantrace.transmission.TargetKind;
import org.plantrace.transmission.RuleFileException;
import org.plantrace.transmission.output.ChecklistFormat;
import org.plantrace.transmission.output.ChecklistWording;
import org.plantrace.web.account.CurrentUser;

/**
 * {@code /checklist}: without a target, the index of the townships and detailed-plan units the
 * plan binds; with {@code township=…} or {@code unit=…}, that target's checklist, filtered by
 * {@code category=…} and {@code mandatory=true}, with the downloads, the version choice and the
 * way to the comparison. Every filter is a GET address, so a filtered list can be bookmarked and
 * printed as it is. An unknown target answers 404 with the valid names; a draft the reader may not
 * see answers 403 (from the service).
 */
@Named("checklist")
@RequestScoped
public class ChecklistPage {
    @Inject
    ChecklistContext context;
    @Inject
    CurrentUser user;
    @Inject
    FacesContext faces;

    private String township;
    private String unit;
    private Integer version;
    private String category;
    private String mandatory;

    private String plan;
    private String problem;
    private PlanVersion planVersion;
    private List<PlanVersion> versions = List.of();
    private List<Target> targets = List.of();
    private Checklist checklist;
    private List<ItemRows.Section> sections = List.of();
    private List<String> categories = List.of();
    private int shown;

    /** The view action, after the parameters are set. */
    public void load() {
        Optional<String> code = context.planCode();
        if (code.isEmpty()) {
            problem = ck("checklist.msg.noPlan");
            return;
        }
        plan = code.get();
        ChecklistService service = context.service();
        Actor actor = user.actor();
        int v = version == null ? ChecklistService.LATEST : version;
        try {
            planVersion = service.version(actor, plan, v);
            versions = service.versions(actor, plan);
            targets = service.targets(actor, plan, planVersion.number());
            TargetKind kind = TargetParameters.kind(township, unit);
            if (kind == null) {
                return;
            }
            String name = TargetParameters.name(township, unit);
            Optional<Target> target = service.findTarget(actor, plan, planVersion.number(), kind, name);
            if (target.isEmpty()) {
                notFound(ck("checklist.msg.noTarget", planVersion.number(), ck(kind == TargetKind.TOWNSHIP ? "checklist.msg.kind.township" : "checklist.msg.kind.unit"), name));
                return;
            }
            checklist = service.derive(actor, plan, planVersion.number(), target.get());
            arrange();
        } catch (ChecklistNotFoundException e) {
            notFound(Texts.say(e));
        } catch (RuleFileException e) {
            problem = ck("checklist.msg.badRules", Texts.say(e));
        }
    }

    private void notFound(String message) {
        problem = message;
        faces.getExternalContext().setResponseStatus(404);
    }

    private void arrange() {
        String context = faces.getExternalContext().getRequestContextPath();
        Set<String> all = new LinkedHashSet<>();
        for (ChecklistItem item : checklist.items()) {
            all.add(item.category() == null || item.category().isBlank() ? ck("checklist.msg.otherCategory") : item.category().strip());
        }
        categories = List.copyOf(all);
        List<ItemRows.Section> out = new ArrayList<>();
        shown = 0;
        for (ItemRows.Section s : ItemRows.sections(checklist, context)) {
            if (getCategory() != null && !s.category().equals(getCategory())) {
                continue;
            }
            List<ItemRow> rows = s.rows().stream().filter(r -> !isMandatoryOnly() || r.mandatory()).toList();
            if (!rows.isEmpty()) {
                out.add(new ItemRows.Section(s.category(), rows));
                shown += rows.size();
            }
        }
        sections = out;
    }

    // ---- what the page shows

    public String getProblem() {
        return problem;
    }

    public boolean isIndex() {
        return problem == null && checklist == null && planVersion != null;
    }

    public Checklist getChecklist() {
        return checklist;
    }

    /** The checklist's notes (a missing layer…) in the reader's language (issue #14.9). */
    public List<String> getNotes() {
        return checklist == null ? List.of() : checklist.notices().stream().map(Texts::say).toList();
    }

    public String getTitle() {
        return checklist == null ? ck("checklist.msg.title") : ck("checklist.msg.titleOf", checklist.target().name());
    }

    public PlanVersion getPlanVersion() {
        return planVersion;
    }

    public String getVersionLabel() {
        return planVersion == null ? "" : versionLabel(planVersion);
    }

    static String versionLabel(PlanVersion v) {
        return ck("checklist.msg.version", v.number(), statusWord(v.status()));
    }

    static String statusWord(VersionStatus status) {
        return switch (status) {
            case PUBLISHED -> ck("checklist.msg.status.published");
            case SUPERSEDED -> ck("checklist.msg.status.superseded");
            default -> ck("checklist.msg.status.draft");
        };
    }

    /** A text of the checklist bundle in the reader's language (issue #14.9). */
    static String ck(String key, Object... args) {
        return org.plantrace.web.i18n.Texts.in(ItemRows.BUNDLE, key, args);
    }

    public boolean isDraft() {
        return planVersion != null && planVersion.status() != VersionStatus.PUBLISHED
                && planVersion.status() != VersionStatus.SUPERSEDED;
    }

    public List<ItemRows.Section> getSections() {
        return sections;
    }

    public int getShown() {
        return shown;
    }

    public int getTotal() {
        return checklist == null ? 0 : checklist.items().size();
    }

    public long getMandatoryCount() {
        return checklist == null ? 0 : checklist.requirements().stream().filter(ChecklistItem::mandatory).count();
    }

    /**
     * True when no item is mandatory: a plain-text source loses its underlines, so "guidance
     * everywhere" may only mean "not marked", and the page must say so rather than let it read as
     * "nothing binding".
     */
    public boolean isNoneMarked() {
        return checklist != null && !checklist.requirements().isEmpty() && getMandatoryCount() == 0;
    }

    public String getCountLine() {
        if (checklist == null) {
            return "";
        }
        long mandatory = checklist.requirements().stream().filter(ChecklistItem::mandatory).count();
        int estimates = checklist.estimates().size();
        return ck("checklist.msg.count", checklist.requirements().size(), mandatory)
                + (estimates == 0 ? "" : ck("checklist.msg.count.estimates", estimates));
    }

    public String getDateLine() {
        return checklist == null ? "" : ChecklistWording.dateLine(checklist);
    }

    public String getTargetKindLabel() {
        return checklist == null ? "" : Words.here(checklist.target().kind());
    }

    public boolean isFiltered() {
        return getCategory() != null || isMandatoryOnly();
    }

    public List<Link> getTownships() {
        return targetLinks(TargetKind.TOWNSHIP);
    }

    public List<Link> getUnits() {
        return targetLinks(TargetKind.UNIT);
    }

    private List<Link> targetLinks(TargetKind kind) {
        String base = faces.getExternalContext().getRequestContextPath() + "/checklist?";
        return targets.stream().filter(t -> t.kind() == kind)
                .map(t -> new Link(t.name(), base + TargetParameters.query(t) + versionParam(), false)).toList();
    }

    /** The category chips: 全部 first; the current one marked. */
    public List<Link> getCategoryLinks() {
        List<Link> out = new ArrayList<>();
        out.add(new Link(ck("checklist.msg.allCategories"), href(null, isMandatoryOnly(), null), getCategory() == null));
        for (String c : categories) {
            out.add(new Link(ItemRows.categoryWord(c), href(c, isMandatoryOnly(), null), c.equals(getCategory())));
        }
        return out;
    }

    public Link getMandatoryToggle() {
        return isMandatoryOnly() ? new Link(ck("checklist.msg.showAll"), href(getCategory(), false, null), true)
                : new Link(ck("checklist.msg.mandatoryOnly"), href(getCategory(), true, null), false);
    }

    public List<Link> getVersionLinks() {
        return versions.stream().map(v -> new Link(versionLabel(v), href(null, false, v.number()),
                planVersion != null && v.number() == planVersion.number())).toList();
    }

    public String download(String format) {
        ChecklistFormat f = ChecklistFormat.of(format).orElseThrow();
        return faces.getExternalContext().getRequestContextPath() + "/checklist/file?" + TargetParameters.query(checklist.target())
                + "&version=" + checklist.planVersion() + "&format=" + f.extension();
    }

    public String getDiffHref() {
        return faces.getExternalContext().getRequestContextPath() + "/checklist/diff?" + TargetParameters.query(checklist.target())
                + "&version=" + checklist.planVersion();
    }

    public boolean isComparable() {
        return checklist != null && versions.size() > 1;
    }

    public String getIndexHref() {
        return faces.getExternalContext().getRequestContextPath() + "/checklist" + (version == null ? "" : "?version=" + version);
    }

    private String versionParam() {
        return version == null ? "" : "&version=" + version;
    }

    private String href(String cat, boolean mandatoryOnly, Integer v) {
        StringBuilder s = new StringBuilder(faces.getExternalContext().getRequestContextPath()).append("/checklist?")
                .append(TargetParameters.query(checklist == null ? new Target(TargetKind.TOWNSHIP, "") : checklist.target()));
        Integer ver = v != null ? v : version;
        if (ver != null) {
            s.append("&version=").append(ver);
        }
        if (cat != null) {
            s.append("&category=").append(TargetParameters.encode(cat));
        }
        if (mandatoryOnly) {
            s.append("&mandatory=true");
        }
        return s.toString();
    }

    /** A link the page lists: label, address, whether it is the current choice. */
    public record Link(String label, String href, boolean current) {
    }

    // ---- parameters

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

    public String getVersion() {
        return version == null ? null : version.toString();
    }

    /**
     * A number above zero; absent or blank is the newest version the reader may see. Anything else
     * ({@code -5}, {@code 0}, {@code abc}) is {@link #MALFORMED}, a version no plan has, so the page
     * and the download answer 404 instead of quietly showing the newest version under a wrong address.
     */
    public void setVersion(String version) {
        this.version = parseVersion(version);
    }

    /** The version number of a malformed {@code version=}: no plan has it, so it is not found. */
    static final int MALFORMED = -1;

    static Integer parseVersion(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            int n = Integer.parseInt(s.strip());
            return n > 0 ? n : MALFORMED;
        } catch (NumberFormatException e) {
            return MALFORMED;
        }
    }

    public String getCategory() {
        return category == null || category.isBlank() ? null : category.strip();
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getMandatory() {
        return mandatory;
    }

    public void setMandatory(String mandatory) {
        this.mandatory = mandatory;
    }

    public boolean isMandatoryOnly() {
        return "true".equalsIgnoreCase(mandatory);
    }
}
