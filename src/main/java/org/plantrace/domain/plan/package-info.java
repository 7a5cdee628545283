/**
 * Plans and their versions (draft, in review, published). Plans form a chain: each lower plan
 * (township, detailed-plan unit, village) names its parent plan and its jurisdiction.
 */
package org.plantrace.domain.plan;
