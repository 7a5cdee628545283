/**
 * Reading plan documents (plain text, Word, PDF) into one neutral outline: a forest of
 * {@link org.plantrace.domain.clause.Clause} with a parse report. Each format's reader lives in
 * its own package; {@link org.plantrace.ingest.PlanReaders} picks one for a file and refuses
 * files it cannot read with a message that names the file and the problem.
 */
package org.plantrace.ingest;
