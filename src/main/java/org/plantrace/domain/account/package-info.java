/**
 * Who may do what: the roles (admin, drafter, reviewer; the public is anonymous), the actions a
 * person can take, and the permission table joining them; and the accounts people sign in with —
 * their password hashes (PBKDF2, {@link org.plantrace.domain.account.Passwords}), the password rule
 * and the lockout after repeated wrong passwords. Framework-free: the web layer turns a refusal
 * into HTTP 403, the application services refuse before they touch anything.
 */
package org.plantrace.domain.account;
