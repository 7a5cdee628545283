package org.plantrace.cli;

/** The help text, in Chinese and English. */
final class Usage {
    static final String TEXT = String.join(System.lineSeparator(),
            "PlanTrace 国土空间规划文本结构化工具 / structures territorial spatial plan texts",
            "",
            "用法 / usage:",
            "  plantrace parse PATH                          显示规划的条款树（JSON）/ print the clause tree as JSON",
            "  plantrace ingest PATH [--data DIR] [--publish] 将文件或规划文件夹存为新版本 / store a file or plan folder as a new version",
            "  plantrace ingest FILE --parent CODE --township NAME [--level township|detailed|village] [--data DIR] [--publish]",
            "                                                导入下级规划（乡镇、详规单元、村庄），默认为草案 / bring a lower plan in under CODE",
            "  plantrace plans [--data DIR]                  列出规划及其上级、乡镇、层级与版本（JSON）/ list plans with parent, township, level, versions",
            "  plantrace lint PATH                           检查规划文本的一致性（JSON）/ print consistency findings as JSON",
            "  plantrace overlay [PATH]                      各乡镇内控制线与分区的面积和占比（JSON；示意图层）/ per-township overlay of a plan package (or layers folder) as JSON (default: the corpus's only package)",
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
            "规划文件 / plan file: .txt、.docx 或 .pdf / a plan text in .txt, .docx or .pdf",
            "PATH: 规划文件，或规划资料包：含 plan.properties（code=、document=）的文件夹，其中的 gazetteer.tsv 与 layers/ 用于关联与检查",
            "      a plan file, or a plan package: a folder with plan.properties, whose gazetteer.tsv and layers/ are used",
            "--data DIR: 数据目录，默认取 -Dplantrace.data、环境变量 PLANTRACE_DATA 或 ./data",
            "            data directory; defaults to -Dplantrace.data, $PLANTRACE_DATA, then ./data",
            "--publish:  存为已发布版本（默认为草案）/ store as published (default: draft)",
            "--filter:   plan（规划代码）、level（county/township/detailed/village/special）、chapter、kind、mandatory、",
            "            township（乡镇规范名，如 township=王庄堡镇）、control_line、has_indicator（true/false）、indicator（指标名称）",
            "            filter keys; township by canonical name",
            "--township: 下级规划所在乡镇，须在上级规划的地名表中（东方城乡 即 东坊城乡）/ a township of the parent's gazetteer",
            "",
            "退出码 / exit codes: 0 成功 ok, 1 用法错误 usage, 2 输入被拒 input refused, 3 内部错误 internal error");

    private Usage() {
    }
}
