package org.plantrace.web.upload;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.plantrace.application.upload.UploadService;

/**
 * Turns an upload larger than the limit away before the container reads it, back to the upload
 * page with a message ({@code ?tooLarge=1}), instead of the error page a refused multipart body
 * would give. A body without a declared length is still bounded by the Faces servlet's
 * multipart-config and by {@link UploadService} while it copies.
 */
public class UploadLimitFilter extends HttpFilter {
    /** The file plus room for the form's other fields and the multipart framing. */
    static final long MAX_REQUEST = UploadService.MAX_BYTES + (1 << 20);

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("POST".equals(request.getMethod()) && request.getContentLengthLong() > MAX_REQUEST) {
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", request.getContextPath() + "/upload.xhtml?tooLarge=1");
            // tell the browser to stop sending the rest of the body
            response.setHeader("Connection", "close");
            return;
        }
        chain.doFilter(request, response);
    }
}
