/**
 * Transmission (传导): the checklist of what the county plan binds each township plan and each
 * detailed-plan unit to, derived by rules kept as data in {@code templates/transmission/}, every
 * item traceable to the clauses and the rule it came from.
 */
package org.plantrace.transmission;
