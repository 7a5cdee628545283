/**
 * What every response gets, whoever wrote it: the security headers (a Content-Security-Policy that
 * allows no inline script, nosniff, no framing, a referrer policy), and the answer to a refused
 * action — {@link org.plantrace.domain.account.AccessDeniedException} becomes HTTP 403 with a
 * Chinese page, from a Faces action ({@link org.plantrace.web.security.AccessDeniedHandlerFactory})
 * or from a servlet or filter ({@link org.plantrace.web.security.AccessDeniedFilter}).
 * <p>
 * The hardening of issue #15: the app's own error page with a correlation id for every failure
 * ({@link org.plantrace.web.security.ErrorPageServlet}); malformed view parameters answered before
 * rendering ({@link org.plantrace.web.security.MalformedParameterGuard}); actions only on POST and
 * the Origin/Referer check ({@link org.plantrace.web.security.FormPostGuard}); bodies refused unread
 * ({@link org.plantrace.web.security.RequestSizeFilter}); no session for reading
 * ({@link org.plantrace.web.security.SessionlessReading}).
 */
package org.plantrace.web.security;
