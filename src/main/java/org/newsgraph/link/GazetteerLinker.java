package org.newsgraph.link;

import java.io.Reader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The default, offline linker: weighs the items of the database's gazetteers (the bundled verified list
 * plus every imported one) against what the article says, with {@link EvidenceScorer}.
 *
 * <p>Precision first. Candidates come only from names: a label or alias equal after folding, the same
 * given name and surname (middle names, initials and suffixes aside, nicknames read as their formal
 * names), or the surname alone when the article's own person is surname-only. An item of another kind
 * is never a candidate. The best item is linked only when it scores at least {@link #THRESHOLD} and
 * leads the runner-up by {@link #MARGIN}; otherwise nothing is linked and the items that scored at
 * least {@link #RECORD} are kept as candidates for review.
 */
public final class GazetteerLinker implements Linker {
    public static final String METHOD = "gazetteer";
    public static final double THRESHOLD = 0.6, MARGIN = 0.15, RECORD = 0.5;
    static final int MAX_CANDIDATES = 5;

    private final Gazetteer gazetteer;
    private final EvidenceScorer scorer = new EvidenceScorer();

    /** The bundled verified list only. */
    public GazetteerLinker() {
        this(new Gazetteer(Gazetteer.bundled(), Nicknames.NONE));
    }

    /** A gazetteer in the normalised TSV format (tests, small lists). */
    public GazetteerLinker(Reader tsv) {
        this(new Gazetteer(GazetteerTsv.read(tsv, "tsv"), Nicknames.NONE));
    }

    public GazetteerLinker(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public List<GazetteerEntry> entries() {
        return gazetteer.entries();
    }

    @Override
    public List<EntityLink> link(List<LinkCandidate> candidates) {
        List<EntityLink> out = new ArrayList<>();
        for (LinkCandidate c : candidates) {
            EntityLink l = decide(c);
            if (l != null) out.add(l);
        }
        return out;
    }

    /** The link (or the recorded candidates) for one entity, or null when no item came near. */
    EntityLink decide(LinkCandidate c) {
        List<EvidenceScorer.Judged> judged = new ArrayList<>();
        for (Gazetteer.Hit h : gazetteer.lookup(c).values()) judged.add(scorer.judge(c, h));
        if (judged.isEmpty()) return null;
        judged.sort(Comparator.comparingDouble(EvidenceScorer.Judged::score).reversed()
                .thenComparing(EvidenceScorer.Judged::qid));
        EvidenceScorer.Judged best = judged.get(0);
        double runnerUp = judged.size() > 1 ? judged.get(1).score() : 0.0;
        List<EntityLink.Scored> weighed = new ArrayList<>();
        for (EvidenceScorer.Judged j : judged.subList(0, Math.min(MAX_CANDIDATES, judged.size())))
            if (j.score() + 1e-9 >= RECORD) weighed.add(new EntityLink.Scored(j.qid(), j.score()));
        if (best.score() + 1e-9 >= THRESHOLD && best.score() - runnerUp + 1e-9 >= MARGIN)
            return new EntityLink(c.entityId(), best.qid(), Math.min(1.0, best.score()), METHOD,
                    String.join("; ", best.evidence()), weighed);
        if (weighed.isEmpty()) return null;
        String why = best.score() + 1e-9 < THRESHOLD
                ? "best item " + best.qid() + " scores " + best.score() + " < " + THRESHOLD
                : "items " + best.qid() + " and " + judged.get(1).qid() + " are too close (" + best.score() + " vs " + runnerUp + ")";
        return new EntityLink(c.entityId(), null, 0.0, METHOD, why, weighed);
    }
}
