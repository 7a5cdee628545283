package org.plantrace.web.trace;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;

/**
 * The coverage heat map on the home page (the county's dashboard): {@link CoverageGrid} of the
 * trace this reader may see. Absent (nothing drawn) while no county version is published.
 */
@Named("coverageMap")
@RequestScoped
public class CoverageMap {
    @Inject
    TraceReader reader;
    @Inject
    FacesContext faces;

    private CoverageGrid grid;
    private boolean loaded;

    public CoverageGrid getGrid() {
        if (!loaded) {
            loaded = true;
            Optional<TraceSnapshot> s = reader.snapshot();
            grid = s.map(x -> CoverageGrid.of(x.townships(), faces.getExternalContext().getRequestContextPath())).orElse(null);
        }
        return grid;
    }

    public boolean isAvailable() {
        return getGrid() != null && !grid.rows().isEmpty();
    }

    public boolean isDrafts() {
        return reader.drafts();
    }
}
