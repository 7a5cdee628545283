/**
 * Comparing two versions of a plan text clause by clause: clauses are paired by durable id, each
 * pair classified (added, removed, moved, renumbered, text changed), headings and texts diffed
 * character by character, and every change that touches a mandatory provision (强制性内容) flagged.
 * Framework-free; the character diff is java-diff-utils' Myers implementation.
 */
package org.plantrace.domain.compare;
