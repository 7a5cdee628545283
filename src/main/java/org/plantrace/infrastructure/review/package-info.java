/**
 * JPA persistence of review threads (tables REVIEW_THREAD and REVIEW_COMMENT) in the same H2
 * store as the plans. Entities are separate from the domain's
 * {@link org.plantrace.domain.review.CommentThread} and mapped in
 * {@link org.plantrace.infrastructure.review.JpaReviewRepository}; a thread's row carries a version
 * column, so two people changing one thread at once cannot overwrite each other.
 */
package org.plantrace.infrastructure.review;
