/**
 * The compare page ({@code /compare.xhtml}): two versions of a plan side by side, clause by clause,
 * inserted and deleted characters marked, changes to mandatory provisions highlighted; and the
 * view models of a diff that the review panel and the upload preview reuse.
 */
package org.plantrace.web.compare;
