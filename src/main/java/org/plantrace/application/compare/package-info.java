/**
 * Comparing two versions of a plan for a person who may: the permission check, visibility of
 * drafts, and the domain's {@link org.plantrace.domain.compare.VersionComparer}.
 */
package org.plantrace.application.compare;
