/**
 * Messages for people, built below the web layer (refusals of the services, lint findings, notes on
 * a checklist) and carried as a key with its arguments rather than as finished text, so that the
 * command line and the logs keep their Chinese wording while the web shows the same message in the
 * reader's language (issue #14.9). The texts live in the bundles under
 * {@code org/plantrace/messages/} (Chinese in {@code <area>.properties}, English in
 * {@code <area>_en.properties}); nothing here depends on a framework.
 */
package org.plantrace.domain.message;
