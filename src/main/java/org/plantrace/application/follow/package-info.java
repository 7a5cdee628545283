/**
 * Following the database from another app node (issue #16.4): the change log (an outbox written in
 * the same transaction as each change) read by a follower that re-reads each changed version and
 * tells this node's derived data — its search index — about it. Owns the feed port, the change
 * record and the follower; the JPA side is infrastructure.persistence.ChangeLog.
 */
package org.plantrace.application.follow;
