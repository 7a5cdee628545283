/**
 * First start of the web app: finds the corpus folder, has every plan package in it ingested and
 * published if the store does not hold it yet, and keeps what happened in
 * {@link org.plantrace.web.startup.StartupReport} so the home page can tell the reader in Chinese
 * when it went wrong instead of failing to start.
 */
package org.plantrace.web.startup;
