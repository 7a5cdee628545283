/**
 * Contradicting actions: what the county does with an object (保留、新建、保护、严禁 …) against what
 * the township does with the same object (关闭、取消、撤并、拆除、允许 …), from {@code actions.tsv};
 * and how strongly each binds (prohibition / obligation / soft, {@code modality.tsv}). A reversed
 * action or a county prohibition softened into a permission is 不符合.
 */
package org.plantrace.conformance.action;
