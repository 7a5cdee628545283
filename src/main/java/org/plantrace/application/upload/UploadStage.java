package org.plantrace.application.upload;

/** Where an upload is, with the share of the work done for a progress bar. */
public enum UploadStage {
    RECEIVED("已接收，等待解析", 10),
    READING("正在解析文件", 40),
    COMPARING("正在与现有版本比对", 80),
    READY("解析完成，请查看差异预览", 100),
    FAILED("未能读取", 100),
    STORED("已保存为草案", 100),
    CANCELLED("已取消", 100);

    private final String label;
    private final int percent;

    UploadStage(String label, int percent) {
        this.label = label;
        this.percent = percent;
    }

    public String label() {
        return label;
    }

    public int percent() {
        return percent;
    }

    /** No more work will happen on the upload. */
    public boolean finished() {
        return this != RECEIVED && this != READING && this != COMPARING;
    }
}
