package org.plantrace.web.security;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.logging.Logger;

/**
 * The safety net under the pages' own parameter checks (issue #15 item 6). When a view parameter
 * of a GET fails its converter or validator ({@code v=abc} where the bean takes a number), Faces
 * skips the view action — the permission check and the loading — and renders the page anyway:
 * the reader got a 200 with half a page, or a 500 from a bean that was never loaded. This listener
 * answers such a request with 400 before anything renders. Pages that must check permission
 * before judging a parameter take it as text ({@link org.plantrace.web.NumberParameter}) so the
 * check still comes first; this listener covers the rest. Registered in faces-config.xml.
 */
public class MalformedParameterGuard implements PhaseListener {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(MalformedParameterGuard.class.getName());

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.PROCESS_VALIDATIONS;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // nothing: the view parameters are judged during the phase
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        if (faces.isPostback() || !faces.isValidationFailed() || faces.getResponseComplete()) {
            return;
        }
        LOG.info(() -> "400 malformed parameter on " + faces.getViewRoot().getViewId() + ": "
                + faces.getExternalContext().getRequestParameterMap().keySet());
        try {
            faces.getExternalContext().responseSendError(400, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
