/**
 * Sign-in, sign-out and the signed-in person of a browser session, as an
 * {@link org.plantrace.domain.account.Actor} ({@link org.plantrace.web.account.CurrentUser}); the
 * password page; the first-start set-up of accounts. The checks themselves (password, lockout) are
 * in {@link org.plantrace.application.account}.
 */
package org.plantrace.web.account;
