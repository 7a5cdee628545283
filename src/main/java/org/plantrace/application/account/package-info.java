/**
 * Use cases of accounts: signing in (password check, lockout after repeated failures), managing
 * accounts (create, roles, unlock, reset password: admins only), changing one's own password, and
 * setting up the first accounts on an empty store. Talks to the domain's
 * {@link org.plantrace.domain.account.AccountRepository}, never to JPA or the web.
 */
package org.plantrace.application.account;
