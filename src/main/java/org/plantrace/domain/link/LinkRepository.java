package org.plantrace.domain.link;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Stores the links of plan versions. Implementations write in one transaction: a replacement of a
 * version's clauses is all done or not at all.
 */
public interface LinkRepository {

    /** Every link of a version, whatever its status, by clause then anchor position. */
    List<Link> ofVersion(String plan, int version);

    /** Every link of one clause of a version. */
    List<Link> ofClause(String plan, int version, String clauseUid);

    Optional<Link> byId(long id);

    /** Whether anything was ever stored for this version (derivation ran). */
    boolean derived(String plan, int version);

    /**
     * Replaces the links of the named clauses of a version by {@code links} (which must belong to
     * those clauses) and marks the version derived; returns the links with their ids.
     */
    List<Link> replace(String plan, int version, Collection<String> clauseUids, List<Link> links);

    /** Stores a new link (id null) or updates one (id set); returns it with its id. */
    Link save(Link link);
}
