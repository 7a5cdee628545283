/**
 * The command line ({@code java -jar target/plantrace-cli.jar}): {@code parse} shows the clause
 * tree of a document as JSON, {@code ingest} stores it as a new version. Exit codes: 0 done,
 * 1 usage error, 2 input or data directory refused (one line on stderr naming the file and the
 * problem), 3 internal error (one line on stderr).
 */
package org.plantrace.cli;
