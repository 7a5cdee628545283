/**
 * The review page ({@code /review.xhtml?plan=…&uid=…}): a clause's text, in which a reviewer selects
 * words to comment on (review-select.js turns the selection into offsets; no inline script), and
 * its review threads with replies, resolve / reopen, and suggested changes that a drafter accepts
 * or rejects. Every action is a Faces POST, so the view state guards it against forgery.
 */
package org.plantrace.web.review;
