/**
 * {@code /health}: what a load balancer or an operator asks of a node — is the database reachable,
 * how far is this node's search index behind it, which release runs (issue #16.5). Owns the report
 * and its servlet; it reads, never repairs.
 */
package org.plantrace.web.health;
