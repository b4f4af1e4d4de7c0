package org.newsgraph.link;

import org.newsgraph.text.NameFolding;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Links agents the gazetteers lack by asking Wikidata ({@code --wikidata online}), for the long tail.
 *
 * <p>Per candidate: {@link WikidataClient} searches the canonical name and describes the hits;
 * {@link CandidateScorer} keeps a hit only if it is the right kind of thing (people: P31 human;
 * organisations and places: a top class from {@code link/wikidata-classes.tsv}) and its label or an
 * alias equals one of the candidate's names, and scores it on name agreement plus context. The same
 * rules as offline: the best hit is linked only above {@link #THRESHOLD} and ahead of the runner-up
 * by {@link #MARGIN}; the link records its evidence and the hits weighed. Events and one-word person
 * names are never searched. Responses are cached, so a rebuild asks nothing and gives the same answer.
 */
public final class OnlineLinker implements Linker {
    private static final Logger LOG = LoggerFactory.getLogger(OnlineLinker.class);

    public static final URI WIKIDATA_API = URI.create("https://www.wikidata.org/w/api.php");
    public static final URI WIKIDATA_SPARQL = URI.create("https://query.wikidata.org/sparql");
    public static final String USER_AGENT = "newsgraph/0.1 (https://w3id.org/newsgraph; research knowledge-graph builder)";
    public static final String METHOD = "online";

    /** Minimum score to link. */
    public static final double THRESHOLD = 0.7;
    /** Minimum lead of the best hit over the runner-up. */
    public static final double MARGIN = 0.15;

    private final WikidataClient client;
    private final CandidateScorer scorer;

    public OnlineLinker(URI apiEndpoint, URI sparqlEndpoint, Path cacheDir, Duration minInterval, HttpClient http) {
        this.client = new WikidataClient(apiEndpoint, sparqlEndpoint, cacheDir, minInterval, http, USER_AGENT);
        this.scorer = new CandidateScorer(client.classesByKind);
    }

    /** The public Wikidata services, one request per second, responses cached in {@code cacheDir}. */
    public static OnlineLinker wikidata(Path cacheDir) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        return new OnlineLinker(WIKIDATA_API, WIKIDATA_SPARQL, cacheDir, Duration.ofSeconds(1), http);
    }

    /** HTTP requests actually sent so far (cache hits excluded). */
    public int networkRequests() {
        return client.http.requests();
    }

    public int cacheHits() {
        return client.http.cacheHits();
    }

    @Override
    public List<EntityLink> link(List<LinkCandidate> candidates) {
        List<EntityLink> out = new ArrayList<>();
        for (LinkCandidate c : candidates) {
            try {
                linkOne(c).ifPresent(out::add);
            } catch (RuntimeException e) {
                // A malformed response must not stop a build: this entity stays unlinked.
                LOG.warn("online linking of {} failed: {}", c.entityId(), e.toString());
            }
        }
        LOG.info("online linking: {} of {} candidates linked ({} requests, {} cache hits)",
                out.size(), candidates.size(), networkRequests(), cacheHits());
        return out;
    }

    Optional<EntityLink> linkOne(LinkCandidate c) {
        if (c.event() || c.name() == null || c.name().isBlank()) return Optional.empty();
        String kind = c.kindName();
        if ("person".equals(kind) && NameFolding.words(NameFolding.surface(c.name())) < 2) return Optional.empty();

        List<String> hits = client.search(c.name());
        if (hits.isEmpty()) return Optional.empty();
        Map<String, WikidataClient.Facts> facts = client.describe(hits);
        if (facts == null) return Optional.empty();

        List<EntityLink.Scored> scored = new ArrayList<>();
        for (String qid : hits) {
            WikidataClient.Facts f = facts.get(qid);
            if (f == null || !scorer.rightKind(f, kind)) continue;
            double s = scorer.score(c, f);
            if (s > 0) scored.add(new EntityLink.Scored(qid, round(s)));
        }
        scored.sort(Comparator.comparingDouble(EntityLink.Scored::score).reversed());
        if (scored.isEmpty()) return Optional.empty();
        EntityLink.Scored best = scored.get(0);
        double runnerUp = scored.size() > 1 ? scored.get(1).score() : 0.0;
        if (best.score() + 1e-9 < THRESHOLD) {
            LOG.debug("{}: best {} scores {} < threshold", c.entityId(), best.qid(), best.score());
            return Optional.empty();
        }
        if (best.score() - runnerUp + 1e-9 < MARGIN) {
            LOG.debug("{}: ambiguous between {} and {}", c.entityId(), best.qid(), scored.get(1).qid());
            return Optional.empty();
        }
        String evidence = "Wikidata search for '" + c.name() + "': " + best.qid() + " scores " + best.score()
                + " on name and context" + (scored.size() > 1 ? ", runner-up " + scored.get(1).qid() + " " + runnerUp : "");
        return Optional.of(new EntityLink(c.entityId(), best.qid(), Math.min(1.0, best.score()), METHOD, evidence,
                scored.subList(0, Math.min(5, scored.size()))));
    }

    private static double round(double d) {
        return Math.round(d * 1000) / 1000.0;
    }
}
