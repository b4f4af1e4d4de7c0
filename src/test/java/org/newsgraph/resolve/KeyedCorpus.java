package org.newsgraph.resolve;

import org.newsgraph.extract.Agent;
import org.newsgraph.extract.AgentKind;
import org.newsgraph.extract.ArticleFacts;
import org.newsgraph.extract.Event;
import org.newsgraph.extract.Span;
import org.newsgraph.extract.Speaker;
import org.newsgraph.extract.Statement;
import org.newsgraph.ingest.Article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Test fixtures for keyed resolution: random small corpora whose agents share names, surnames, initials,
 * capitals and acronyms across articles (so groups connect through several keys), whose speakers repeat
 * wordings, and whose events of a few types share participants and dates; and the resolution pass as one
 * resolver ran it over the whole corpus before it was split into keyed rounds (the reference).
 */
public final class KeyedCorpus {
    private KeyedCorpus() {}

    private static final String[][] PEOPLE = {
            {"Ana Ruiz", "Ana M. Ruiz", "ANA RUIZ"}, {"Luis Ruiz"}, {"Tom Baker", "Thomas Baker"}, {"Maria Lopez"},
            {"Donald Trump", "Donald J. Trump"}, {"Melania Trump"}, {"Ursula von der Leyen"}, {"Joe Biden", "Joseph Biden"}};
    private static final String[] SURNAMES = {"Ruiz", "Baker", "Lopez", "Trump", "Biden", "von der Leyen", "Okafor"};
    private static final String[][] ORGS = {{"Central Intelligence Agency", "CIA"}, {"CIA"}, {"Fox News Network"}, {"Fox News"},
            {"National Union of Teachers", "NUT"}, {"NUT"}};
    private static final String[] PLACES = {"Kyiv", "Paris", "Felixstowe"};
    private static final String[] TITLES = {"minister", "president", "senator", "union leader"};
    private static final String[] QUOTES = {"The budget protects every library in the city",
            "The budget protects every library in this city", "We will vote against the budget next week",
            "The harbour will reopen on Monday after the strike", "The harbour will reopen on Monday",
            "We have a fair deal now for every worker", "Nobody expected the talks to end so soon"};
    private static final String[] TYPES = {"Meeting", "Strike", "Event"};

    /** A random corpus of {@code n} articles (seeded). */
    public static List<ArticleFacts> corpus(long seed, int n) {
        Random r = new Random(seed);
        List<ArticleFacts> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(article(r, String.format("art-%03d", r.nextInt(10 * n)) + "-" + i));
        return out;
    }

    private static ArticleFacts article(Random r, String id) {
        List<Agent> agents = new ArrayList<>();
        int people = 1 + r.nextInt(4);
        for (int j = 0; j < people; j++) {
            String name;
            Set<String> alts = new LinkedHashSet<>();
            if (r.nextInt(4) == 0) name = SURNAMES[r.nextInt(SURNAMES.length)];
            else {
                String[] forms = PEOPLE[r.nextInt(PEOPLE.length)];
                name = forms[r.nextInt(forms.length)];
                if (r.nextBoolean()) alts.add(name.substring(name.lastIndexOf(' ') + 1));
            }
            Set<String> titles = r.nextInt(3) == 0 ? Set.of() : Set.of(TITLES[r.nextInt(TITLES.length)]);
            agents.add(agent("person:" + name, AgentKind.PERSON, name, alts, titles, agents.size()));
        }
        for (int j = r.nextInt(3); j > 0; j--) {
            String[] forms = ORGS[r.nextInt(ORGS.length)];
            agents.add(agent("org:" + forms[0], AgentKind.ORGANIZATION, forms[0], Set.of(forms).size() > 1
                    ? Set.of(forms[1]) : Set.of(), Set.of(), agents.size()));
        }
        if (r.nextBoolean()) {
            String p = PLACES[r.nextInt(PLACES.length)];
            agents.add(agent("place:" + p, AgentKind.PLACE, p, Set.of(), Set.of(), agents.size()));
        }
        // one agent key per article (as the extractor gives them)
        Map<String, Agent> byKey = new java.util.LinkedHashMap<>();
        for (Agent a : agents) byKey.putIfAbsent(a.key(), a);
        agents = new ArrayList<>(byKey.values());

        List<Statement> statements = new ArrayList<>();
        for (int j = r.nextInt(4); j > 0; j--) {
            Speaker sp = switch (r.nextInt(5)) {
                case 0 -> null;
                case 1 -> Speaker.anonymous(r.nextBoolean() ? "a US official" : "another source");
                case 2 -> Speaker.named(Speaker.Kind.PERSON, new Span(9000, 9005), "Kim Sung");
                default -> {
                    Agent a = agents.get(r.nextInt(agents.size()));
                    yield Speaker.named(a.kind() == AgentKind.ORGANIZATION ? Speaker.Kind.ORGANIZATION : Speaker.Kind.PERSON,
                            a.mentions().get(0), a.name());
                }
            };
            Statement.Kind kind = Statement.Kind.values()[r.nextInt(3)];
            statements.add(new Statement(kind, QUOTES[r.nextInt(QUOTES.length)], new Span(0, 1), sp, "say", null, null,
                    new Span(0, 1), -1));
        }
        List<Event> events = new ArrayList<>();
        for (int j = r.nextInt(3); j > 0; j--) {
            Set<String> actors = new LinkedHashSet<>();
            for (Agent a : agents) if (a.kind() != AgentKind.PLACE && r.nextInt(3) == 0) actors.add(a.key());
            Set<String> places = r.nextBoolean() ? Set.of() : Set.of(PLACES[r.nextInt(PLACES.length)]);
            LocalDate date = r.nextBoolean() ? null : LocalDate.of(2025, 3, 1 + r.nextInt(4));
            String type = TYPES[r.nextInt(TYPES.length)];
            events.add(new Event("e" + j, type, r.nextBoolean() ? null : type + " in " + (places.isEmpty() ? "town" : places.iterator().next()),
                    actors, places, date, List.of(), r.nextBoolean()));
        }
        Article a = new Article(id, id + ".txt", "", "Headline " + id, LocalDate.of(2025, 3, 1 + r.nextInt(20)), null,
                r.nextBoolean() ? "The Daily Example" : "Example News", null, "hash-" + id, List.of());
        return new ArticleFacts(a, agents, statements, events, List.of(), List.of());
    }

    private static Agent agent(String key, AgentKind kind, String name, Set<String> alts, Set<String> titles, int i) {
        return new Agent(key, kind, name, alts, titles, List.of(new Span(i * 100, i * 100 + name.length())));
    }

    /** The resolution pass as one resolver of each kind ran it over the whole build, in build order (the reference). */
    public static ResolutionIndex oneResolver(Collection<KnownAgent> knownAgents, List<ArticleFacts> articles) {
        AgentResolver agents = new AgentResolver(knownAgents);
        StatementResolver statements = new StatementResolver(List.of());
        EventResolver events = new EventResolver(List.of());
        List<ArticleFacts> sorted = new ArrayList<>(articles);
        sorted.sort(Comparator.comparing((ArticleFacts f) -> f.article().id())
                .thenComparing(f -> String.valueOf(f.article().contentHash())));
        Map<String, Map<String, String>> named = new HashMap<>();
        for (ArticleFacts f : sorted) {
            Map<String, String> ids = agents.resolveNamed(f.agents());
            agents.countEvidence(f.agents(), ids);
            named.put(f.article().id(), ids);
        }
        Map<String, Map<String, String>> agentIdsOf = new HashMap<>();
        for (ArticleFacts f : sorted) agentIdsOf.put(f.article().id(), agents.resolveSurnameOnly(f.agents(), named.get(f.article().id())));
        Map<String, ResolutionIndex.ArticleIds> out = new HashMap<>();
        Map<String, String> firstSeen = new HashMap<>();
        Map<String, Map<String, Integer>> forms = new HashMap<>();
        for (ArticleFacts f : sorted) {
            String stem = f.article().id();
            Map<String, String> agentIds = agentIdsOf.get(stem);
            List<String> speakerIds = CorpusResolver.speakerIds(f, agentIds);
            List<String> statementIds = statements.resolve(stem, f.statements(), speakerIds);
            EventResolver.Resolution ev = events.resolve(stem, f.article().datePublished(), f.events(), agentIds);
            out.put(stem, new ResolutionIndex.ArticleIds(agentIds, speakerIds, statementIds, ev.ids(), ev.reasons()));
            for (String id : agentIds.values()) firstSeen.putIfAbsent(id, stem);
            for (String id : ev.ids().values()) firstSeen.putIfAbsent(id, stem);
            for (var e : NamedNodes.of(f, agentIds).entrySet())
                for (String form : e.getValue()) forms.computeIfAbsent(e.getKey(), k -> new HashMap<>()).merge(form, 1, Integer::sum);
        }
        Map<String, String> names = new HashMap<>();
        for (var e : forms.entrySet()) {
            KnownAgent k = agents.known(e.getKey());
            names.put(e.getKey(), k != null ? k.name() : CorpusResolver.fullest(e.getValue()));
        }
        List<AgentResolver.Resolution> surnames = new ArrayList<>(agents.surnameResolutions());
        surnames.addAll(agents.storedSurnameResolutions());
        return new ResolutionIndex(out, names, firstSeen, surnames, events.known());
    }

}
