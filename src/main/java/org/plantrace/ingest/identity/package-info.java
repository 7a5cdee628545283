/**
 * Durable clause ids (the Akoma Ntoso wId idea): ids that survive renumbering, moves and
 * re-import. A first import derives them from content; a re-import matches the new tree against
 * the previous version's and carries the old ids over. {@link org.plantrace.ingest.identity.DurableIds}
 * is the entry point; matching, similarity and minting are internal.
 */
package org.plantrace.ingest.identity;
