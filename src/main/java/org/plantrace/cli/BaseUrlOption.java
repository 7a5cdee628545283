package org.plantrace.cli;

import org.plantrace.citation.ClauseAddresses;

/**
 * {@code --base-url URL}: where readers reach PlanTrace, so that the Word and PDF files the commands
 * write link each cited clause to its citable address ({@code URL/plans/{code}/{n}/clauses/{uid}},
 * issue #14.1). Without it the configured public address ({@code -Dplantrace.public-url} or
 * {@code PLANTRACE_PUBLIC_URL}) is used; without either the files print the paths inside the app
 * and link nothing.
 */
final class BaseUrlOption {
    static final String NAME = "--base-url";

    private BaseUrlOption() {
    }

    static ClauseAddresses addresses(String given) throws UsageException {
        try {
            return given != null ? ClauseAddresses.at(given) : ClauseAddresses.configuredOr(null);
        } catch (IllegalArgumentException e) {
            throw new UsageException((given != null ? NAME : "-D" + ClauseAddresses.PROPERTY + " / " + ClauseAddresses.ENVIRONMENT)
                    + "：" + e.getMessage());
        }
    }
}
