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
        for (EntityLink l : links) done.add(l.entityId());
        List<LinkCandidate> rest = new ArrayList<>();
        for (LinkCandidate c : candidates) if (!done.contains(c.entityId())) rest.add(c);
        if (!rest.isEmpty()) links.addAll(second.link(rest));
        return links;
    }
}
