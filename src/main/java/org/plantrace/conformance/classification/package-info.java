/**
 * Classifications the county assigns to a township (抗震设防烈度, 防洪标准, 城镇职能类型, 城镇等级,
 * 主体功能区类型, 村庄分类 …): the vocabularies of {@code classifications.tsv}, the county's value read
 * from the checklist item (only the part of its sentence that concerns the township), and the value a
 * township sentence states. A different value is 不符合; the dimension named without a value is
 * 需人工判定.
 */
package org.plantrace.conformance.classification;
