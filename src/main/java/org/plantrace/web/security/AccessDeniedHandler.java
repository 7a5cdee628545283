package org.plantrace.web.security;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Optional;
import java.util.logging.Logger;
import org.plantrace.domain.account.AccessDeniedException;

/**
 * Answers two exceptions of a Faces request itself instead of letting them become a 500:
 * <ul>
 * <li>{@link AccessDeniedException} (a bean or service refused the action): HTTP 403, shown as the
 * Chinese {@code /403.xhtml} by the container's error page;</li>
 * <li>{@link ViewExpiredException} (the form's saved state is gone or never existed: the session
 * ended, or the POST carried a missing or forged view state): HTTP 400 with the "page expired"
 * page, and nothing done.</li>
 * <li>any other failure to restore a posted view: the form state is a real one of this session
 * but of another page (a forged post): HTTP 403, logged;</li>
 * </ul>
 * Everything else goes to the wrapped handler.
 */
public class AccessDeniedHandler extends ExceptionHandlerWrapper {
    private static final Logger LOG = Logger.getLogger(AccessDeniedHandler.class.getName());
    static final String EXPIRED_VIEW = "/expired.xhtml";

    public AccessDeniedHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext();) {
            ExceptionQueuedEventContext event = events.next().getContext();
            Throwable thrown = event.getException();
            Optional<AccessDeniedException> denied = AccessDeniedFilter.find(thrown);
            if (denied.isPresent()) {
                events.remove();
                LOG.info(() -> "403 " + viewId(faces) + ": " + denied.get().getMessage());
                sendError(faces, 403);
            } else if (foreignState(faces, event, thrown)) {
                // a real form state of this session, but of another page: Mojarra fails somewhere
                // inside restoring the component tree (an index out of bounds, a class cast). Not a
                // fault of ours but a forged post: refuse and say so in the log (issue #15 item 7).
                events.remove();
                LOG.warning(() -> "403 " + faces.getExternalContext().getRequestServletPath()
                        + ": the posted form state does not belong to this page ("
                        + thrown.getClass().getSimpleName() + ": " + thrown.getMessage() + ")");
                sendError(faces, 403);
            } else if (expired(thrown)) {
                events.remove();
                LOG.info(() -> "400 view state missing or expired: " + thrown.getMessage());
                showExpired(faces);
            }
        }
        getWrapped().handle();
    }

    private static boolean foreignState(FacesContext faces, ExceptionQueuedEventContext event, Throwable thrown) {
        return event.getPhaseId() == PhaseId.RESTORE_VIEW && faces.isPostback() && !expired(thrown);
    }

    private static String viewId(FacesContext faces) {
        return faces.getViewRoot() == null ? faces.getExternalContext().getRequestServletPath() : faces.getViewRoot().getViewId();
    }

    /** Renders the "page expired" view with status 400 in place of the view that could not be restored. */
    private static void showExpired(FacesContext faces) {
        if (faces.getExternalContext().isResponseCommitted()) {
            faces.responseComplete();
            return;
        }
        UIViewRoot root = faces.getApplication().getViewHandler().createView(faces, EXPIRED_VIEW);
        faces.setViewRoot(root);
        faces.getExternalContext().setResponseStatus(400);
        faces.renderResponse();
    }

    private static boolean expired(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ViewExpiredException) {
                return true;
            }
        }
        return false;
    }

    private static void sendError(FacesContext faces, int status) {
        ExternalContext ec = faces.getExternalContext();
        if (faces.getResponseComplete()) {
            return;
        }
        try {
            if (!ec.isResponseCommitted()) {
                ec.responseSendError(status, null);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            faces.responseComplete();
        }
    }
}
