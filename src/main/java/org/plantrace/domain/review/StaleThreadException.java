package org.plantrace.domain.review;

/** The thread was changed by someone else between reading and saving it; nothing was saved. */
public class StaleThreadException extends ReviewRuleException {
    private static final long serialVersionUID = 1L;

    public StaleThreadException() {
        super("该意见刚被其他人修改，您的操作未保存。请刷新页面后重试。");
    }
}
