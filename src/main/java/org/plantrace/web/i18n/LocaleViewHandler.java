package org.plantrace.web.i18n;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/**
 * Gives every view the reader's chosen language ({@link LocaleChoice}) instead of Faces' default
 * negotiation from Accept-Language. Registered in faces-config.xml.
 */
public class LocaleViewHandler extends ViewHandlerWrapper {
    public LocaleViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        Object request = context.getExternalContext().getRequest();
        return request instanceof HttpServletRequest http ? LocaleChoice.of(http) : LocaleChoice.CHINESE;
    }
}
