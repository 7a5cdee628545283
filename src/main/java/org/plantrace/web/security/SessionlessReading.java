package org.plantrace.web.security;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;

/**
 * Reading creates no HTTP session (issue #15 item 3). With server-side state saving Mojarra creates
 * the session before it renders any view that is not transient — whether or not the page has a
 * form — so every anonymous page view cost a session (5,000 cookie-less requests left 5,222).
 * <p>
 * Before rendering, a view requested without a session is made transient: nothing of it is kept,
 * and Mojarra no longer needs a session for it. A reader without a session is anonymous, and the
 * pages show anonymous readers no form except the sign-in form, whose state must be kept (it is
 * the CSRF token of the sign-in), so the views in {@link #NEED_SESSION} keep theirs. A form
 * rendered in a transient view cannot be posted back (Mojarra refuses a stateless post to a view
 * that does not declare itself transient: 403), so nothing here weakens the CSRF protection.
 * Registered in faces-config.xml.
 */
public class SessionlessReading implements PhaseListener {
    private static final long serialVersionUID = 1L;
    /** Views whose form state must be kept even for a reader who has no session yet. */
    static final Set<String> NEED_SESSION = Set.of("/signin.xhtml", "/password.xhtml");

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.ANY_PHASE;
    }

    /**
     * Right after the view is created — before a view action touches a view-scoped bean, which
     * would put the view map in a new session — and again before rendering (a view action may
     * have replaced the view).
     */
    @Override
    public void afterPhase(PhaseEvent event) {
        if (event.getPhaseId() == PhaseId.RESTORE_VIEW && !event.getFacesContext().isPostback()) {
            sessionless(event.getFacesContext());
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        if (event.getPhaseId() == PhaseId.RENDER_RESPONSE) {
            sessionless(event.getFacesContext());
        }
    }

    private static void sessionless(FacesContext faces) {
        UIViewRoot view = faces.getViewRoot();
        if (view == null || view.isTransient() || NEED_SESSION.contains(view.getViewId())) {
            return;
        }
        Object request = faces.getExternalContext().getRequest();
        if (request instanceof HttpServletRequest http && http.getSession(false) == null) {
            view.setTransient(true);
        }
    }
}
