/** Sign-in, sign-out and the signed-in person of a browser session, as an {@link org.plantrace.domain.account.Actor}. */
package org.plantrace.web.account;
