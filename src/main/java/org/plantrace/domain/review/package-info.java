/**
 * Review: threads of comments on a clause or on a span of its text, resolved or open, and
 * suggested changes (a proposed heading and text) that a drafter accepts or rejects. A thread is
 * attached to the clause's durable id, so it follows the clause into later versions; the span and
 * the words it covered are kept as they were in the version commented on.
 */
package org.plantrace.domain.review;
