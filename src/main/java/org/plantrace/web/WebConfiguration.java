package org.plantrace.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.annotation.FacesConfig;

/**
 * Activates Faces 4's CDI integration (EL resolution of {@code @Named} beans, injection into
 * converters and validators). Exactly one such bean may exist; a second one makes Mojarra refuse
 * to start.
 */
@FacesConfig
@ApplicationScoped
public class WebConfiguration {
}
