package org.plantrace.domain.conformance;

/** Someone else saved the review since it was read: nothing was stored; read it again and repeat. */
public class StaleRecordException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StaleRecordException() {
        super("该审查记录已被他人修改，本次操作未保存；请刷新页面后重新操作。");
    }
}
