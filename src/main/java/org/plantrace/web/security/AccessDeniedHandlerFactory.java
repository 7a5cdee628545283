package org.plantrace.web.security;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Registered in faces-config.xml: wraps Faces' exception handler with {@link AccessDeniedHandler}. */
public class AccessDeniedHandlerFactory extends ExceptionHandlerFactory {
    public AccessDeniedHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new AccessDeniedHandler(getWrapped().getExceptionHandler());
    }
}
