/**
 * How people number and cite a clause: the number a clause shows (the source's own, or the
 * conventional one derived from its position where the source lost it) and the citation a planner
 * writes — 第十六条 划定城镇开发边界（第三章第一节）, or in a review opinion
 * 《浑源县国土空间总体规划（2021—2035年）》第十六条（第三章第一节） — never an internal path id.
 * Framework-free; used by the pages, the checklists and the review outputs alike.
 */
package org.plantrace.citation;
