package org.plantrace.application.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.plantrace.domain.account.Action;
import org.plantrace.domain.account.Actor;
import org.plantrace.domain.account.Permissions;
import org.plantrace.domain.audit.AuditEntry;
import org.plantrace.domain.audit.AuditLog;
import org.plantrace.domain.audit.AuditQuery;

/**
 * Records changes and reads them back. Services that change data in their own transaction should
 * prefer writing the entry in that transaction (authoring does, through
 * {@link org.plantrace.domain.plan.PlanWork#audit}); {@link #record} is for changes stored
 * elsewhere (review comments, accounts) and writes the entry in a transaction of its own.
 */
@ApplicationScoped
public class AuditTrail {
    private AuditLog log;
    private Clock clock;

    /** For CDI's client proxy only. */
    protected AuditTrail() {
    }

    @Inject
    public AuditTrail(AuditLog log) {
        this(log, Clock.systemUTC());
    }

    public AuditTrail(AuditLog log, Clock clock) {
        this.log = Objects.requireNonNull(log);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * Records a change the actor made under {@code action}, described by the action's Chinese
     * name. The actor must hold the permission: nobody records what they may not do.
     *
     * @param version   the version changed, 0 for none
     * @param clauseUid the clause changed, empty or null for the whole version
     * @param before    the changed thing before, as text ("" when it is new)
     * @param after     the changed thing after, as text ("" when it is gone)
     * @return the stored entry with its id
     */
    public AuditEntry record(Actor actor, Action action, String planCode, int version, String clauseUid,
            String before, String after) {
        return record(actor, action, describe(action), planCode, version, clauseUid, before, after);
    }

    /** As {@link #record(Actor, Action, String, int, String, String, String)}, saying what was done in Chinese ({@code detail}). */
    public AuditEntry record(Actor actor, Action action, String detail, String planCode, int version,
            String clauseUid, String before, String after) {
        Permissions.standard().require(actor, action);
        return log.append(entry(clock, actor, action, detail, planCode, version, clauseUid, before, after));
    }

    /** Entries of a plan (narrowed by the query), newest first. Needs {@code VIEW_AUDIT}. */
    public List<AuditEntry> entries(Actor actor, AuditQuery query) {
        Permissions.standard().require(actor, Action.VIEW_AUDIT);
        return log.entries(query);
    }

    /** How many entries the query matches. Needs {@code VIEW_AUDIT}. */
    public long count(Actor actor, AuditQuery query) {
        Permissions.standard().require(actor, Action.VIEW_AUDIT);
        return log.count(query);
    }

    /** The history of one clause across all versions of its plan, newest first. Needs {@code VIEW_AUDIT}. */
    public List<AuditEntry> forClause(Actor actor, String planCode, String clauseUid) {
        return entries(actor, AuditQuery.clause(planCode, clauseUid, AuditQuery.MAX_LIMIT));
    }

    /** An entry not yet stored, stamped now: for services that append it in their own transaction. */
    public static AuditEntry entry(Clock clock, Actor actor, Action action, String detail, String planCode,
            int version, String clauseUid, String before, String after) {
        return new AuditEntry(0, clock.instant(), actor.username(), action, detail, planCode, version, clauseUid,
                before, after);
    }

    /** The Chinese name of an action, for entries recorded without one. */
    public static String describe(Action action) {
        return switch (action) {
            case VIEW_PUBLISHED -> "查看已发布版本";
            case VIEW_DRAFT -> "查看草案";
            case EDIT_CLAUSE -> "编辑条款";
            case RESTRUCTURE -> "调整结构";
            case CURATE_LINKS -> "校核关联";
            case UPLOAD_VERSION -> "上传新文本";
            case SUBMIT_FOR_REVIEW -> "提交或撤回审查";
            case PUBLISH -> "发布";
            case RESTORE_VERSION -> "恢复旧版本";
            case COMPARE_VERSIONS -> "比较版本";
            case COMMENT -> "审查意见";
            case RESOLVE_COMMENT -> "处理意见";
            case DECIDE_SUGGESTION -> "采纳或拒绝修改建议";
            case VIEW_FINDINGS -> "查看检查结果";
            case VIEW_AUDIT -> "查看审计记录";
            case GENERATE_CHECKLIST -> "生成传导清单";
            case MANAGE_ACCOUNTS -> "管理账户";
            case APPROVE_VERSION -> "审查通过";
            case CONFORMANCE_REVIEW -> "符合性审查";
            // an action added later is still recorded, under its code name, until it gets words here
            default -> action.name();
        };
    }
}
