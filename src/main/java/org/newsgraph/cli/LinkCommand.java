package org.newsgraph.cli;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.link.EntityCsv;
import org.newsgraph.link.EntityLink;
import org.newsgraph.link.ReviewedLinker;
import org.newsgraph.link.ReviewedLinks;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.LinkQuads;
import org.newsgraph.rdf.Vocab;
import org.newsgraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code link apply REVIEWED.csv}: a researcher's decisions on Wikidata links, kept by later builds. */
@Command(name = "link", mixinStandardHelpOptions = true, description = "Reviews Wikidata links.",
        subcommands = {LinkCommand.Apply.class})
public final class LinkCommand implements Runnable {
    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override public void run() {
        spec.commandLine().usage(System.out);
    }

    @Command(name = "apply", mixinStandardHelpOptions = true,
            description = {"Records the decisions of a reviewed entity table (export --format csv --entities, with its "
                    + "review column filled: accept, reject, or the right Q-id) in the database folder "
                    + "(DB/" + ReviewedLinks.FILE + ") and in the graph. Later builds keep them."})
    static final class Apply implements Callable<Integer> {
        @Mixin DbOptions db;
        @Mixin BaseOption base;

        @Parameters(paramLabel = "REVIEWED.csv") Path file;

        @Override public Integer call() throws Exception {
            Iris iris = new Iris(base.base);
            List<ReviewedLinks.Review> reviews;
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                reviews = EntityCsv.readReviews(r, iris.base());
            }
            ReviewedLinks kept = new ReviewedLinks(db.db);
            kept.record(reviews);
            try (GraphStore store = GraphStore.open(db.db)) {
                store.write(batch -> {
                    DatasetGraph dsg = batch.dataset();
                    Node g = iris.resolutionGraph();
                    List<EntityLink> links = new ArrayList<>();
                    for (ReviewedLinks.Review r : reviews) {
                        Node e = iris.node(r.entityId());
                        for (Node p : List.of(Vocab.OWL_SAME_AS, Vocab.LINK_CONFIDENCE, Vocab.LINK_METHOD, Vocab.LINK_EVIDENCE))
                            dsg.deleteAny(g, e, p, Node.ANY);
                        EntityLink l = ReviewedLinks.linkFor(r);
                        links.add(l != null ? l : new EntityLink(r.entityId(), null, 0.0, ReviewedLinker.METHOD,
                                "link to " + r.qid() + " rejected by review", List.of()));
                    }
                    batch.add(LinkQuads.of(links, iris));
                });
            }
            long accepted = reviews.stream().filter(r -> r.decision() == ReviewedLinks.Decision.ACCEPT).count();
            long rejected = reviews.stream().filter(r -> r.decision() == ReviewedLinks.Decision.REJECT).count();
            System.out.printf("applied %d reviews (%d accepted, %d rejected, %d corrected); kept in %s%n", reviews.size(),
                    accepted, rejected, reviews.size() - accepted - rejected, db.db.resolve(ReviewedLinks.FILE));
            return 0;
        }
    }
}
