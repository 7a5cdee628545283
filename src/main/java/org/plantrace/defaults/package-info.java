/**
 * The default dictionaries, rules and templates the program carries with it: {@code corpus/search},
 * {@code corpus/links} and {@code templates/} are copied into the jar at build time (pom.xml,
 * under {@code org/plantrace/defaults/}), so the command line works outside the project folder.
 * A file on disk, where the readers look for it, always wins; the packaged copy is the fallback.
 * The plan packages themselves ({@code corpus/<plan>/}) are not carried.
 */
package org.plantrace.defaults;
