/**
 * What every response gets, whoever wrote it: the security headers (a Content-Security-Policy that
 * allows no inline script, nosniff, no framing, a referrer policy), and the answer to a refused
 * action — {@link org.plantrace.domain.account.AccessDeniedException} becomes HTTP 403 with a
 * Chinese page, from a Faces action ({@link org.plantrace.web.security.AccessDeniedHandlerFactory})
 * or from a servlet or filter ({@link org.plantrace.web.security.AccessDeniedFilter}).
 */
package org.plantrace.web.security;
