package org.plantrace.web.authoring;

import java.util.Map;

/**
 * What the page says after a change and its redirect ({@code ?done=saved}): the redirect keeps a
 * reload from repeating the change, and the word in the address keeps the message with it.
 */
final class Done {
    private static final Map<String, String> MESSAGES = Map.ofEntries(
            Map.entry("saved", "已保存。"),
            Map.entry("marked", "已标为强制性内容。"),
            Map.entry("unmarked", "已取消所选文字的强制性标记。"),
            Map.entry("split", "已在光标处拆分，后半部分成为下面的新条款。"),
            Map.entry("merged", "已与下一条合并。"),
            Map.entry("moved", "已移动，编号与路径已重新计算。"),
            Map.entry("indented", "已降为上一条的下级，层级与编号已重新计算；条款地址不变。"),
            Map.entry("outdented", "已提升一级，层级与编号已重新计算；条款地址不变。"),
            Map.entry("inserted", "已插入新条款，请填写标题和正文。"),
            Map.entry("deleted", "已删除该条款及其下级条款；删除前的文本保存在审计记录中。"),
            Map.entry("opened", "已打开草案。"),
            Map.entry("submitted", "已提交审查。发布前需由最后编辑者以外的审查人员或管理员“审查通过”。"),
            Map.entry("approved", "已审查通过，可以发布。"),
            Map.entry("withdrawn", "已撤回为草案，可以继续编辑。"),
            Map.entry("published", "已发布，公众现在看到的是新版本；原已发布版本标为“已被替代”。"),
            Map.entry("restored", "已用该版本的文本新建草案（原版本不变，仍可引用）。"),
            Map.entry("lower-uploaded", "已导入为下级规划的草案；发布前公众看不到。"));

    private Done() {
    }

    static String message(String key) {
        return key == null ? null : MESSAGES.get(key);
    }
}
