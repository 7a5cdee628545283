package org.plantrace.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/**
 * The header's 退出 button: ends the session (the signed-in user, and every saved form state with
 * it) and returns to the home page. A POST through the header's form, so another site cannot sign
 * a reader out with a link or an image.
 */
@Named("signOut")
@RequestScoped
public class SignOutAction {
    @Inject
    FacesContext faces;

    public String signOut() throws IOException {
        ExternalContext ec = faces.getExternalContext();
        ec.invalidateSession();
        ec.redirect(ec.getRequestContextPath() + "/");
        return null;
    }
}
