/**
 * The audit trail as a use case: record who changed what, when, before and after, and read it
 * back for those allowed to ({@code VIEW_AUDIT}). Append-only: no method here or in the store
 * below changes or removes an entry, and no page offers to.
 */
package org.plantrace.application.audit;
