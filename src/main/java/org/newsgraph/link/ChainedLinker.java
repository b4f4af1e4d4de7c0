package org.newsgraph.link;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Tries the first linker, then offers the candidates it left unlinked to the second:
 * {@code new ChainedLinker(new GazetteerLinker(), onlineLinker)} is "--wikidata online".
 */
public final class ChainedLinker implements Linker {
    private final Linker first;
    private final Linker second;

    public ChainedLinker(Linker first, Linker second) {
        this.first = first;
        this.second = second;
    }

    @Override
    public List<EntityLink> link(List<LinkCandidate> candidates) {
        List<EntityLink> links = new ArrayList<>(first.link(candidates));
        Set<String> done = new HashSet<>();
        for (EntityLink l : links) if (l.linked()) done.add(l.entityId());
        List<LinkCandidate> rest = new ArrayList<>();
        for (LinkCandidate c : candidates) if (!done.contains(c.entityId())) rest.add(c);
        if (rest.isEmpty()) return links;
        List<EntityLink> more = second.link(rest);
        // A link the second finds replaces the first's record of unlinked candidates.
        Set<String> linkedNow = new HashSet<>();
        for (EntityLink l : more) if (l.linked()) linkedNow.add(l.entityId());
        links.removeIf(l -> !l.linked() && linkedNow.contains(l.entityId()));
        for (EntityLink l : more) if (l.linked() || links.stream().noneMatch(x -> x.entityId().equals(l.entityId()))) links.add(l);
        return links;
    }
}
