/**
 * Several app nodes as separate processes on one PostgreSQL (issue #16.4): {@link
 * org.plantrace.web.nodes.AppNode} runs the web app on embedded Jetty in a child JVM, {@link
 * org.plantrace.web.nodes.NodeProcess} starts, waits for and kills one, and the tests drive them
 * over HTTP as a browser would.
 */
package org.plantrace.web.nodes;
