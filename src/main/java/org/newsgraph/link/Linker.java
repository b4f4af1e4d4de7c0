package org.newsgraph.link;

import java.util.List;

/** Links our entities to Wikidata items. Candidates it cannot link with confidence get no link. */
public interface Linker {
    /** At most one link per candidate, in candidate order; unlinked candidates are simply absent. */
    List<EntityLink> link(List<LinkCandidate> candidates);
}
