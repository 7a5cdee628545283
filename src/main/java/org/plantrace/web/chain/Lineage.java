package org.plantrace.web.chain;

/**
 * Where a lower plan sits, as its pages show it: 上级规划 《…》 (linked) · 乡镇 王庄堡镇 · 乡镇国土空间总体规划.
 *
 * @param parentPath the parent's versions page inside the app, or empty when the parent is not stored
 */
public record Lineage(String level, String parentName, String parentPath, String township) {
}
