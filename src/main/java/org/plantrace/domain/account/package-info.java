/**
 * Who may do what: the roles (admin, drafter, reviewer; the public is anonymous), the actions a
 * person can take, and the permission table joining them. Framework-free: the web layer turns a
 * refusal into HTTP 403, the application services refuse before they touch anything.
 */
package org.plantrace.domain.account;
