package org.plantrace.web.compare;

import org.plantrace.web.i18n.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.plantrace.application.compare.Comparison;
import org.plantrace.application.compare.ComparisonException;
import org.plantrace.application.compare.ComparisonService;
import org.plantrace.domain.account.Action;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.web.account.CurrentUser;

/**
 * {@code /compare.xhtml?plan=…&a=…&b=…&only=mandatory}: any two versions of a plan side by side.
 * A plain GET form chooses them, so a comparison is an address that can be shared. Without
 * {@code COMPARE_VERSIONS} the page answers 403.
 */
@Named("comparePage")
@RequestScoped
public class ComparePage {
    @Inject
    CurrentUser user;
    @Inject
    ComparisonService comparisons;
    @Inject
    PlanChoice planChoice;

    private String plan;
    private Integer a;
    private Integer b;
    private String only;
    private List<VersionOption> versions = List.of();
    private Comparison comparison;
    private ComparisonView view;
    private String problem;

    /** The view action: checks the permission, chooses default versions, compares. */
    public void load() {
        user.require(Action.COMPARE_VERSIONS);
        plan = planChoice.code(plan);
        List<PlanVersion> all = comparisons.versions(user.actor(), plan);
        versions = all.stream().map(VersionOption::of).toList();
        if (all.size() < 2) {
            problem = all.isEmpty() ? Texts.in("org.plantrace.web.review.Texts", "compare.msg.none")
                    : Texts.in("org.plantrace.web.review.Texts", "compare.msg.one", String.valueOf(all.get(0).number()));
            return;
        }
        if (a == null || b == null) {
            a = all.get(all.size() - 2).number();
            b = all.get(all.size() - 1).number();
        }
        try {
            comparison = comparisons.compare(user.actor(), plan, a, b);
            view = ComparisonView.of(comparison.result(), isOnlyMandatory());
        } catch (ComparisonException e) {
            problem = Texts.say(e);
        }
    }

    public String getPlan() {
        return plan;
    }

    public void setPlan(String plan) {
        this.plan = plan;
    }

    public Integer getA() {
        return a;
    }

    public void setA(Integer a) {
        this.a = a;
    }

    public Integer getB() {
        return b;
    }

    public void setB(Integer b) {
        this.b = b;
    }

    public String getOnly() {
        return only;
    }

    public void setOnly(String only) {
        this.only = only;
    }

    public boolean isOnlyMandatory() {
        return "mandatory".equals(only);
    }

    public List<VersionOption> getVersions() {
        return versions;
    }

    public ComparisonView getView() {
        return view;
    }

    public String getProblem() {
        return problem;
    }

    public String getOlderLabel() {
        return comparison == null ? "" : VersionOption.of(comparison.older()).label();
    }

    public String getNewerLabel() {
        return comparison == null ? "" : VersionOption.of(comparison.newer()).label();
    }

    public int getNewerNumber() {
        return comparison == null ? 0 : comparison.newer().number();
    }
}
