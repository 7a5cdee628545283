package org.plantrace.cli;

/** The help text, in Chinese and English. */
final class Usage {
    static final String TEXT = String.join(System.lineSeparator(),
            "PlanTrace 国土空间规划文本结构化工具 / structures territorial spatial plan texts",
            "",
            "用法 / usage:",
            "  plantrace parse FILE                          显示文件的条款树（JSON）/ print the clause tree as JSON",
            "  plantrace ingest PATH [--data DIR] [--publish] 将文件或规划文件夹存为新版本 / store a file or plan folder as a new version",
            "  plantrace lint PATH                           检查规划文本的一致性（JSON）/ print consistency findings as JSON",
            "  plantrace overlay [PATH]                      各乡镇内控制线与分区的面积和占比（JSON；示意图层）/ per-township overlay of a layers folder as JSON (default corpus/hunyuan/layers)",
            "  plantrace search QUERY [--data DIR] [--limit N] [--filter key=value]…",
            "                                                检索已发布条款（JSON）/ search published clauses, JSON",
            "  plantrace reindex [--data DIR]                从数据库重建检索索引 / rebuild the search index",
            "  plantrace checklist (--township NAME | --unit NAME | --all) [--format json|docx|pdf] [--out PATH]",
            "                    [--data DIR] [--plan CODE] [--version N] [--drafts]",
            "                                                传导清单；--all 每个乡镇和详规单元一个文件（默认 ./checklists）",
            "                                                transmission checklists; --all writes one file per target",
            "  plantrace review FILE --township NAME [--data DIR] [--county CODE] [--format json|csv|docx|pdf]",
            "                    [--out PATH] [--reviewer NAME] 对照现行已发布的县级规划审查乡镇规划，docx/pdf 为审查意见书（不存储）",
            "                                                conformance review of a township plan; docx/pdf: the review opinion",
            "  plantrace help                                显示本说明 / show this help",
            "",
            "FILE: .txt、.docx 或 .pdf 规划文本 / a plan text in .txt, .docx or .pdf",
            "PATH: 规划文件，或含 plan.properties（code=、document=）的文件夹 / a plan file, or a folder with plan.properties",
            "--data DIR: 数据目录，默认取 -Dplantrace.data、环境变量 PLANTRACE_DATA 或 ./data",
            "            data directory; defaults to -Dplantrace.data, $PLANTRACE_DATA, then ./data",
            "--publish:  存为已发布版本（默认为草案）/ store as published (default: draft)",
            "--filter:   chapter、kind、mandatory、township（乡镇规范名，如 township=王庄堡镇）、control_line、",
            "            has_indicator（true/false）、indicator（指标名称）/ filter keys; township by canonical name",
            "",
            "退出码 / exit codes: 0 成功 ok, 1 用法错误 usage, 2 输入被拒 input refused, 3 内部错误 internal error");

    private Usage() {
    }
}
