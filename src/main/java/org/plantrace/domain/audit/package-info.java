/**
 * The audit trail as data: one {@link org.plantrace.domain.audit.AuditEntry} per change — who,
 * when, what, before and after — and the append-only {@link org.plantrace.domain.audit.AuditLog}
 * that keeps them. There is deliberately no way to change or remove an entry.
 */
package org.plantrace.domain.audit;
