package org.plantrace.application.links;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.plantrace.domain.link.Link;
import org.plantrace.domain.link.LinkRepository;

/** A link repository in memory, for service tests; counts writes so tests can see what was rewritten. */
public final class MemoryLinks implements LinkRepository {
    private final Map<Long, Link> links = new LinkedHashMap<>();
    private final Set<String> derived = new HashSet<>();
    private long next = 1;
    /** Clause link lists rewritten by {@link #replace}, over all calls. */
    public int clausesRewritten;

    @Override
    public synchronized List<Link> ofVersion(String plan, int version) {
        return links.values().stream().filter(l -> l.plan().equals(plan) && l.version() == version).toList();
    }

    @Override
    public synchronized List<Link> ofClause(String plan, int version, String clauseUid) {
        return ofVersion(plan, version).stream().filter(l -> l.clauseUid().equals(clauseUid)).toList();
    }

    @Override
    public synchronized Optional<Link> byId(long id) {
        return Optional.ofNullable(links.get(id));
    }

    @Override
    public synchronized boolean derived(String plan, int version) {
        return derived.contains(plan + "#" + version);
    }

    @Override
    public synchronized List<Link> replace(String plan, int version, Collection<String> clauseUids, List<Link> added) {
        links.values().removeIf(l -> l.plan().equals(plan) && l.version() == version && clauseUids.contains(l.clauseUid()));
        List<Link> out = new ArrayList<>();
        for (Link l : added) {
            out.add(save(l.at(null, l.version(), l.anchor())));
        }
        derived.add(plan + "#" + version);
        clausesRewritten += clauseUids.size();
        return out;
    }

    @Override
    public synchronized Link save(Link link) {
        Long id = link.id() == null ? next++ : link.id();
        Link stored = link.at(id, link.version(), link.anchor());
        links.put(id, stored);
        return stored;
    }
}
