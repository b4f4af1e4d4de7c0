package org.newsgraph.pipeline;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.extract.Agent;
import org.newsgraph.extract.AgentKind;
import org.newsgraph.extract.ArticleFacts;
import org.newsgraph.extract.Event;
import org.newsgraph.extract.Span;
import org.newsgraph.extract.Speaker;
import org.newsgraph.extract.Statement;
import org.newsgraph.ingest.Article;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.Vocab;
import org.newsgraph.resolve.CorpusResolver;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.KnownFacts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Cross-article resolution depends on what the articles say, not on the order they come in, and
 * writes each article graph once. Invented articles; a stand-in analyzer hands over their facts.
 */
class OrderFreeResolutionTest {
    private static final Iris IRIS = new Iris(Vocab.DEFAULT_BASE);

    /** One agent per line of a fake article: KIND|name|alternate;…|title;…  (K = P, O or L). */
    private record Spec(List<String[]> agents, List<String[]> quotes, List<String[]> events) {}

    private static final Map<String, Spec> CORPUS = new HashMap<>();

    static {
        // a full name, her union and a strike
        CORPUS.put("a1", new Spec(List.of(new String[] {"P", "Maria Lopez", "Lopez", "union leader"},
                new String[] {"O", "Harbour Union", "HU", ""}, new String[] {"L", "Felixstowe", "", ""}),
                List.<String[]>of(new String[] {"Maria Lopez", "We have a fair deal now for every dock worker in the port"}),
                List.<String[]>of(new String[] {"Strike", "2025-03-03", "Maria Lopez", "Felixstowe"})));
        // only her surname, the union's short form, the same words and strike
        CORPUS.put("b2", new Spec(List.of(new String[] {"P", "Lopez", "", "union leader"},
                new String[] {"O", "HU", "", ""}),
                List.<String[]>of(new String[] {"Lopez", "We have a fair deal now for every dock worker in the port"}),
                List.<String[]>of(new String[] {"Strike", "2025-03-03", "Lopez", ""})));
        // a namesake with another office
        CORPUS.put("c3", new Spec(List.of(new String[] {"P", "Carlos Lopez", "", "mayor"},
                new String[] {"O", "City Council", "", ""}),
                List.<String[]>of(new String[] {"Carlos Lopez", "The port will reopen on Monday morning for all ships"}),
                List.of()));
        // her full name with a middle initial, and the union named in full again
        CORPUS.put("d4", new Spec(List.of(new String[] {"P", "Maria J. Lopez", "", "union leader"},
                new String[] {"O", "Harbour Union", "", ""}),
                List.<String[]>of(new String[] {"Maria J. Lopez", "We have a fair deal now for every dock worker"}),
                List.<String[]>of(new String[] {"Strike", "", "Maria J. Lopez", ""})));
        CORPUS.put("e5", new Spec(List.of(new String[] {"P", "Lopez", "", "union leader"},
                new String[] {"P", "Maria Lopez", "", ""}, new String[] {"O", "HU", "", ""}),
                List.<String[]>of(new String[] {"Lopez", "The strike is over and the ships can sail again"}), List.of()));
    }

    /** The facts of an invented article: each agent mentioned at its own span, speakers by those spans. */
    static ArticleFacts facts(Article a) {
        Spec spec = CORPUS.get(a.id());
        List<Agent> agents = new ArrayList<>();
        Map<String, Agent> byName = new HashMap<>();
        for (int i = 0; i < spec.agents().size(); i++) {
            String[] s = spec.agents().get(i);
            AgentKind kind = switch (s[0]) { case "P" -> AgentKind.PERSON; case "O" -> AgentKind.ORGANIZATION; default -> AgentKind.PLACE; };
            Agent ag = new Agent(s[0] + ":" + s[1], kind, s[1], split(s[2]), split(s[3]), List.of(new Span(i * 10, i * 10 + 5)));
            agents.add(ag);
            byName.put(s[1], ag);
        }
        List<Statement> statements = new ArrayList<>();
        for (String[] q : spec.quotes()) {
            Agent sp = byName.get(q[0]);
            Speaker speaker = Speaker.named(Speaker.Kind.PERSON, sp.mentions().get(0), q[0]);
            statements.add(new Statement(Statement.Kind.DIRECT_QUOTE, q[1], new Span(0, 5), speaker, "say", null, null,
                    new Span(0, 5), -1));
        }
        List<Event> events = new ArrayList<>();
        for (String[] e : spec.events())
            events.add(new Event("ev:" + e[0], e[0], e[0].toLowerCase() + " at the port", Set.of(byName.get(e[2]).key()),
                    e[3].isEmpty() ? Set.of() : Set.of(byName.get(e[3]).key()),
                    e[1].isEmpty() ? null : LocalDate.parse(e[1]), List.of()));
        return new ArticleFacts(a, agents, statements, events, List.of(), List.of());
    }

    private static Set<String> split(String s) {
        Set<String> out = new HashSet<>();
        for (String x : s.split(";")) if (!x.isBlank()) out.add(x);
        return out;
    }

    /** Writes the corpus as files in two folders, x (a1, c3, e5) and y (b2, d4). */
    static List<Path> folders(Path tmp) throws Exception {
        Path x = Files.createDirectories(tmp.resolve("x")), y = Files.createDirectories(tmp.resolve("y"));
        for (String id : new TreeSet<>(CORPUS.keySet()))
            Files.writeString((id.startsWith("b") || id.startsWith("d") ? y : x).resolve(id + ".txt"),
                    "Port strike " + id + "\n\nDock workers spoke to reporters about the strike, article " + id + " says.");
        return List.of(x, y);
    }

    /** A mapper that remembers what it wrote for each article graph. */
    static final class Recording implements BuildPipeline.Mapper {
        final BuildPipeline.Mapper inner;
        final Map<Node, Set<Quad>> written = new HashMap<>();

        Recording(BuildPipeline.Mapper inner) { this.inner = inner; }

        @Override public void prepare(List<ArticleFacts> articles) { inner.prepare(articles); }

        @Override public BuildPipeline.Output map(ArticleFacts facts) {
            BuildPipeline.Output o = inner.map(facts);
            assertNull(written.put(o.graph(), new HashSet<>(o.articleQuads())), "each article graph is written once");
            return o;
        }

        @Override public void finish(GraphStore.Batch batch) { inner.finish(batch); }
    }

    static Recording build(GraphStore store, List<Path> roots) {
        KnownFacts known = new KnownFacts(store, IRIS.base());
        Recording rec = new Recording(Stages.mapper(new CorpusResolver(known.agents(), known.statements(), known.events()),
                c -> List.of(), IRIS, Set.of()));
        BuildPipeline.builder().analyzer(a -> new BuildPipeline.Analysis(facts(a), 10, 1, 1)).mapper(rec).threads(2)
                .build().build(store, roots);
        return rec;
    }

    static List<String> sortedNQuads(GraphStore s) {
        return Txn.calculateRead(s.datasetGraph(), () -> {
            List<String> out = new ArrayList<>();
            s.datasetGraph().find().forEachRemaining(q -> out.add(q.toString()));
            out.sort(null);
            return out;
        });
    }

    static Set<Quad> graph(GraphStore s, Node g) {
        return Txn.calculateRead(s.datasetGraph(), () -> {
            Set<Quad> out = new HashSet<>();
            s.datasetGraph().find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(out::add);
            return out;
        });
    }

    @Test
    void twoInputOrdersGiveTheSameQuads(@TempDir Path tmp) throws Exception {
        List<Path> xy = folders(tmp);
        List<String> forward, backward;
        try (GraphStore s = GraphStore.open(tmp.resolve("db1"))) {
            build(s, xy);
            forward = sortedNQuads(s);
        }
        try (GraphStore s = GraphStore.open(tmp.resolve("db2"))) {
            build(s, List.of(xy.get(1), xy.get(0)));
            backward = sortedNQuads(s);
        }
        assertEquals(forward, backward);
        String all = String.join("\n", forward);
        // the two full forms are one person, whichever came first; the surname alone is her (her title)
        assertFalse(all.contains("person/maria-j-lopez"), all);
        assertTrue(all.contains("person/maria-lopez"), all);
        assertFalse(all.contains("/person/lopez>"), "the surname-only mentions resolve to her: " + all);
        // the short form of the union is the union
        assertFalse(all.contains("organization/hu>"), all);
    }

    @Test
    void noArticleGraphChangesAfterItIsWrittenAndOneNamePerEntity(@TempDir Path tmp) throws Exception {
        try (GraphStore s = GraphStore.open(tmp.resolve("db"))) {
            Recording rec = build(s, folders(tmp));
            assertEquals(CORPUS.size(), rec.written.size());
            for (var e : rec.written.entrySet()) assertEquals(e.getValue(), graph(s, e.getKey()), "graph " + e.getKey());
            // exactly one schema:name per entity over the union, the fullest form, in the resolution graph
            Map<Node, Set<Node>> names = new HashMap<>();
            Txn.executeRead(s.datasetGraph(), () -> s.datasetGraph().find(Node.ANY, Node.ANY, Vocab.NAME, Node.ANY)
                    .forEachRemaining(q -> names.computeIfAbsent(q.getSubject(), k -> new HashSet<>()).add(q.getObject())));
            for (var e : names.entrySet()) assertEquals(1, e.getValue().size(), e.getKey() + " " + e.getValue());
            Node maria = IRIS.node("person/maria-lopez");
            assertEquals("Maria J. Lopez", names.get(maria).iterator().next().getLiteralLexicalForm());
            assertTrue(graph(s, IRIS.resolutionGraph()).stream().anyMatch(q -> q.getSubject().equals(maria)
                    && q.getPredicate().equals(Vocab.NAME)), "the name is in the resolution graph");
            // an article that says only "Lopez" keeps its form, as an alternate name
            Set<Quad> b2 = graph(s, IRIS.node("article/b2"));
            assertTrue(b2.stream().anyMatch(q -> q.getSubject().equals(maria) && q.getPredicate().equals(Vocab.ALTERNATE_NAME)
                    && q.getObject().getLiteralLexicalForm().equals("Lopez")), b2.toString());
            assertTrue(b2.stream().noneMatch(q -> q.getPredicate().equals(Vocab.NAME) && q.getSubject().equals(maria)));
        }
    }

    @Test
    void aLaterBuildRecordsThatAnEarlierSurnameOnlyPersonIsAFullNamedOne(@TempDir Path tmp) throws Exception {
        Path early = Files.createDirectories(tmp.resolve("early")), later = Files.createDirectories(tmp.resolve("later"));
        Files.writeString(early.resolve("b2.txt"), "Strike ends\n\nLopez said the strike was over at the port today.");
        Files.writeString(later.resolve("a1.txt"), "Strike ends\n\nMaria Lopez said the strike was over at the port.");
        try (GraphStore s = GraphStore.open(tmp.resolve("db"))) {
            build(s, List.of(early));
            Node b2 = IRIS.node("article/b2");
            Set<Quad> before = graph(s, b2);
            assertTrue(before.stream().anyMatch(q -> q.getSubject().equals(IRIS.node("person/lopez"))), before.toString());
            build(s, List.of(later));
            assertEquals(before, graph(s, b2), "the earlier article is not rewritten");
            Set<Quad> resolution = graph(s, IRIS.resolutionGraph());
            assertTrue(resolution.stream().anyMatch(q -> q.getSubject().equals(IRIS.node("person/maria-lopez"))
                    && q.getPredicate().equals(Vocab.RESOLUTION_NOTE)
                    && q.getObject().getLiteralLexicalForm().startsWith("person/lopez: surname rule")), resolution.toString());
            // both identities keep their names: nothing is lost
            assertTrue(resolution.stream().anyMatch(q -> q.getSubject().equals(IRIS.node("person/lopez"))
                    && q.getPredicate().equals(Vocab.NAME)));
        }
    }
}
