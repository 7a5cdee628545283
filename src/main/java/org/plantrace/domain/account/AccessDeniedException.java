package org.plantrace.domain.account;

/** An actor asked for an action its roles do not allow. The web layer answers 403. */
public class AccessDeniedException extends RuntimeException {
    private final transient Actor actor;
    private final Action action;

    public AccessDeniedException(Actor actor, Action action) {
        super((actor.anonymous() ? "未登录用户" : "用户 " + actor.username()) + " 无权执行：" + action);
        this.actor = actor;
        this.action = action;
    }

    public Actor actor() {
        return actor;
    }

    public Action action() {
        return action;
    }
}
