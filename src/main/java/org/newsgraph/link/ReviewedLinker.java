package org.newsgraph.link;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts a researcher's reviewed decisions before another linker: an accepted or corrected link stands
 * as given; a rejected item is dropped from what the other linker proposes (the entity stays unlinked).
 */
public final class ReviewedLinker implements Linker {
    public static final String METHOD = "review";

    private final Linker inner;
    private final ReviewedLinks reviews;

    public ReviewedLinker(Linker inner, ReviewedLinks reviews) {
        this.inner = inner;
        this.reviews = reviews;
    }

    @Override
    public List<EntityLink> link(List<LinkCandidate> candidates) {
        List<EntityLink> out = new ArrayList<>();
        List<LinkCandidate> rest = new ArrayList<>();
        for (LinkCandidate c : candidates) {
            ReviewedLinks.Review r = reviews.get(c.entityId());
            EntityLink decided = r == null ? null : ReviewedLinks.linkFor(r);
            if (decided != null) out.add(decided);
            else rest.add(c);
        }
        for (EntityLink l : inner.link(rest)) {
            ReviewedLinks.Review r = reviews.get(l.entityId());
            if (r != null && r.decision() == ReviewedLinks.Decision.REJECT && r.qid().equals(l.qid()))
                out.add(new EntityLink(l.entityId(), null, 0.0, METHOD, "link to " + r.qid() + " rejected by review", l.candidates()));
            else out.add(l);
        }
        return out;
    }
}
