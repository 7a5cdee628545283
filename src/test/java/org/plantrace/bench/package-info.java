/**
 * Bench commands: speed and memory measured on this machine and written to docs/benchmarks.md.
 * They are programs with a main method, never timed tests.
 */
package org.plantrace.bench;
