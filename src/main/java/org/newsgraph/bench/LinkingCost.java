package org.newsgraph.bench;

import org.newsgraph.extract.AgentKind;
import org.newsgraph.link.Gazetteer;
import org.newsgraph.link.GazetteerLinker;
import org.newsgraph.link.GazetteerStore;
import org.newsgraph.link.LinkCandidate;
import org.newsgraph.store.GraphStore;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What offline linking costs, apart from the rest of a build: CPU time to load a database's
 * gazetteers and to link every person, organisation and place of that built database again (names,
 * alternate names, titles and the article's date as the build offered them; without the nearby text).
 * Compare with the build's own CPU time. Usage:
 * {@code java -cp target/newsgraph.jar org.newsgraph.bench.LinkingCost DB [GAZETTEER_DB]}, where the
 * gazetteers of GAZETTEER_DB (default DB) are used.
 */
public final class LinkingCost {
    private LinkingCost() {}

    public static void main(String[] args) {
        Path db = Path.of(args[0]), gazDb = Path.of(args.length > 1 ? args[1] : args[0]);
        List<LinkCandidate> candidates = new ArrayList<>();
        try (GraphStore store = GraphStore.open(db)) {
            store.select("""
                    PREFIX schema: <http://schema.org/>
                    SELECT ?e ?type (SAMPLE(?n) AS ?name) (GROUP_CONCAT(DISTINCT ?alt; separator="\\u001f") AS ?alts)
                           (GROUP_CONCAT(DISTINCT ?t; separator="\\u001f") AS ?titles) (MIN(?d) AS ?date)
                    WHERE { VALUES ?type { schema:Person schema:Organization schema:Place }
                            ?e a ?type ; schema:name ?n .
                            OPTIONAL { ?e schema:alternateName ?alt } OPTIONAL { ?e schema:jobTitle ?t }
                            OPTIONAL { ?a schema:mentions ?e ; schema:datePublished ?d } }
                    GROUP BY ?e ?type
                    """, row -> {
                AgentKind kind = switch (row.getResource("type").getLocalName()) {
                    case "Person" -> AgentKind.PERSON;
                    case "Organization" -> AgentKind.ORGANIZATION;
                    default -> AgentKind.PLACE;
                };
                LocalDate date = row.contains("date") ? LocalDate.parse(row.getLiteral("date").getLexicalForm()) : null;
                candidates.add(new LinkCandidate(row.getResource("e").getURI(), kind, row.getLiteral("name").getString(),
                        split(row, "alts"), split(row, "titles"), Set.of(), date, "", Set.of()));
                return null;
            });
        }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long before = rt.totalMemory() - rt.freeMemory();
        Gazetteer held = new GazetteerStore(gazDb).load();
        System.gc();
        System.out.printf("heap held by %d gazetteer entries: about %.0f MB%n", held.entries().size(),
                (rt.totalMemory() - rt.freeMemory() - before) / 1e6);
        held = null;
        for (int round = 1; round <= 3; round++) {
            long t0 = cpu.getCurrentThreadCpuTime();
            Gazetteer g = new GazetteerStore(gazDb).load();
            long t1 = cpu.getCurrentThreadCpuTime();
            GazetteerLinker linker = new GazetteerLinker(g);
            int linked = 0;
            for (LinkCandidate c : candidates)
                linked += (int) linker.link(List.of(c)).stream().filter(l -> l.linked()).count();
            long t2 = cpu.getCurrentThreadCpuTime();
            System.out.printf("round %d: %d gazetteer entries loaded in %.0f ms CPU; %d candidates linked (%d links) in %.0f ms CPU (%.1f µs each)%n",
                    round, g.entries().size(), (t1 - t0) / 1e6, candidates.size(), linked, (t2 - t1) / 1e6,
                    (t2 - t1) / 1e3 / Math.max(1, candidates.size()));
        }
    }

    private static Set<String> split(org.apache.jena.query.QuerySolution row, String var) {
        if (!row.contains(var) || row.getLiteral(var).getString().isEmpty()) return Set.of();
        return new HashSet<>(Arrays.asList(row.getLiteral(var).getString().split("\u001f")));
    }
}
