package org.plantrace.web.security;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.plantrace.domain.account.Action;
import org.plantrace.domain.account.Actor;
import org.plantrace.domain.account.Permissions;
import org.plantrace.web.account.CurrentUser;

/**
 * Refuses large request bodies everywhere except where files are uploaded. The Faces servlet's
 * multipart-config (web.xml) must allow a whole plan document, and it applies to every Faces page;
 * without this filter anyone could make any page spool a 128 MB body to disk. Bodies up to
 * {@value #MAX_BODY} bytes pass (forms; WEB-INF/jetty-ee10-web.xml sets Jetty's limit for
 * url-encoded forms to the same); larger declared bodies get 413 before they are read, except on
 * the paths named in the init parameter {@code uploads} (comma-separated), which have their own
 * limit — and there a POST from someone who may not upload (anonymous, or without
 * {@code UPLOAD_VERSION}) is refused with 403 before its body is read (issue #15 item 10).
 */
public class RequestSizeFilter extends HttpFilter {
    /** The largest body an ordinary form may send. */
    public static final long MAX_BODY = 2L << 20;
    private static final Logger LOG = Logger.getLogger(RequestSizeFilter.class.getName());

    private Set<String> uploads = Set.of();

    @Override
    public void init() {
        String configured = getInitParameter("uploads");
        if (configured != null) {
            uploads = Arrays.stream(configured.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                    .collect(Collectors.toUnmodifiableSet());
        }
    }

    /**
     * Writes the refusal itself: an error page rendered by Faces would read the request's
     * parameters, that is the very body being refused.
     */
    private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // do not read what was refused: PlainRefusal closes the connection instead
        PlainRefusal.write(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "refusal.tooLarge.title",
                "refusal.tooLarge.text");
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean upload = uploads.contains(request.getServletPath());
        if (request.getContentLengthLong() > MAX_BODY && !upload) {
            refuse(request, response);
            return;
        }
        if (upload && "POST".equals(request.getMethod()) && !mayUpload(request, uploadAction(request.getServletPath()))) {
            // the upload page is 403 for them anyway: refuse before a byte of a possibly huge body is read
            LOG.info(() -> "403 upload POST refused unread (" + request.getContentLengthLong() + " bytes declared) from "
                    + request.getRemoteAddr());
            PlainRefusal.write(request, response, HttpServletResponse.SC_FORBIDDEN, "refusal.upload.title",
                    "refusal.upload.text");
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * Whether the session's person may upload. Without a session the answer is no, without
     * creating one; with one, the session's {@link CurrentUser} decides, as the upload service would.
     */
    private static boolean mayUpload(HttpServletRequest request, Action action) {
        if (request.getSession(false) == null) {
            return false;
        }
        Actor actor = CDI.current().select(CurrentUser.class).get().actor();
        return Permissions.standard().allows(actor, action);
    }

    /** The permission an upload page needs: a lower plan (上传下级规划) is not a new version of the plan. */
    static Action uploadAction(String path) {
        return "/lower-upload.xhtml".equals(path) ? Action.UPLOAD_LOWER_PLAN : Action.UPLOAD_VERSION;
    }
}
