package org.newsgraph.extract.agents;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Agent;
import org.newsgraph.extract.AgentKind;
import org.newsgraph.nlp.Document;
import org.newsgraph.nlp.NlpPipeline;
import org.newsgraph.resolve.AgentResolver;
import org.newsgraph.resolve.KnownAgent;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The bundled demo articles against the hand-annotated people in src/test/resources/gold/seeds.gold.json.
 * Articles go through one AgentResolver in corpus order, as a build does: a person the article
 * names only by surname ("President Trump") gets the full name known from earlier articles.
 */
class AgentExtractorCorpusTest {
    private static final Path GOLD = org.newsgraph.TestData.SEEDS_GOLD;
    private static final Path CORPUS = Path.of("src/main/resources/corpus");

    private static final Map<String, List<Agent>> AGENTS = new LinkedHashMap<>();
    private static final Map<String, Map<String, String>> IDS = new HashMap<>();
    private static final Map<String, JsonObject> GOLD_BY_ARTICLE = new LinkedHashMap<>();
    private static AgentResolver resolver;

    @BeforeAll
    static void annotateCorpus() throws IOException {
        // Jena's JSON reader: javax.json's provider lookup clashes with jakarta.json on this classpath.
        for (JsonValue v : JSON.parseAny(Files.readString(GOLD)).getAsArray()) {
            JsonObject o = v.getAsObject();
            GOLD_BY_ARTICLE.put(o.getString("article"), o);
        }
        AgentExtractor extractor = new AgentExtractor();
        resolver = new AgentResolver();
        for (String stem : GOLD_BY_ARTICLE.keySet()) {
            String text = Files.readString(CORPUS.resolve(stem + ".txt"));
            Document doc = NlpPipeline.shared().annotate(text, null);
            List<Agent> agents = extractor.extract(doc);
            AGENTS.put(stem, agents);
            IDS.put(stem, resolver.resolve(agents));
        }
    }

    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).trim();
    }

    /** The person's name as the corpus knows it after resolution (the fullest form seen). */
    private static String resolvedName(String stem, Agent a) {
        String id = IDS.get(stem).get(a.key());
        for (KnownAgent k : resolver.known()) if (k.id().equals(id)) return k.name();
        return a.name();
    }

    private static boolean nameMatches(String stem, Agent a, String gold) {
        return fold(a.name()).equals(fold(gold)) || fold(resolvedName(stem, a)).equals(fold(gold));
    }

    @Test
    void everyGoldPersonIsFoundWithItsTitlesAndNoFalsePeople() {
        AgentLexicon lex = AgentLexicon.standard();
        List<String> failures = new ArrayList<>();
        StringBuilder report = new StringBuilder("article\tgold\tfound\tcorrect\tprecision\trecall\n");
        int totalGold = 0, totalFound = 0, totalCorrect = 0;
        for (var e : GOLD_BY_ARTICLE.entrySet()) {
            String stem = e.getKey();
            JsonArray goldPeople = e.getValue().get("people").getAsArray();
            List<Agent> agents = AGENTS.get(stem);
            List<Agent> people = agents.stream().filter(a -> a.kind() == AgentKind.PERSON).toList();
            Set<String> orgNames = agents.stream().filter(a -> a.kind() == AgentKind.ORGANIZATION)
                    .map(a -> fold(a.name())).collect(Collectors.toSet());
            int correct = 0;
            for (JsonValue gv : goldPeople) {
                JsonObject g = gv.getAsObject();
                String name = g.getString("name");
                Agent found = people.stream().filter(a -> nameMatches(stem, a, name)).findFirst().orElse(null);
                if (found == null) { failures.add(stem + ": missing person " + name + " in " + people); continue; }
                for (JsonValue tv : g.get("titles").getAsArray()) {
                    String title = tv.getAsString().value();
                    if (found.jobTitles().stream().noneMatch(t -> t.equalsIgnoreCase(title)))
                        failures.add(stem + ": " + name + " lacks title '" + title + "', has " + found.jobTitles());
                }
            }
            for (Agent p : people) {
                boolean gold = goldPeople.stream().anyMatch(gv -> nameMatches(stem, p, gv.getAsObject().getString("name")));
                if (gold) correct++;
                List<String> words = List.of(p.name().split("\\s+"));
                if (words.size() == 1 && lex.isPronoun(p.name())) failures.add(stem + ": pronoun as person " + p);
                if (lex.isTitleOnly(words)) failures.add(stem + ": title as person " + p);
                if (orgNames.contains(fold(p.name())) || lex.isNewsOrganisation(p.name()) || lex.isMetonymicInstitution(p.name()))
                    failures.add(stem + ": organisation as person " + p);
            }
            totalGold += goldPeople.size();
            totalFound += people.size();
            totalCorrect += correct;
            report.append(String.format(Locale.ROOT, "%s\t%d\t%d\t%d\t%.2f\t%.2f%n", stem, goldPeople.size(), people.size(),
                    correct, people.isEmpty() ? 1.0 : (double) correct / people.size(), (double) countFound(stem, goldPeople) / goldPeople.size()));
        }
        report.append(String.format(Locale.ROOT, "all\t%d\t%d\t%d\t%.2f%n", totalGold, totalFound, totalCorrect,
                totalFound == 0 ? 1.0 : (double) totalCorrect / totalFound));
        System.out.println(report);
        try {
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target/agents-people-scores.tsv"), report);
        } catch (IOException ignored) {
            // the report is a convenience; the assertions below are the test
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    private static int countFound(String stem, JsonArray goldPeople) {
        int n = 0;
        for (JsonValue gv : goldPeople) {
            String name = gv.getAsObject().getString("name");
            if (AGENTS.get(stem).stream().anyMatch(a -> a.kind() == AgentKind.PERSON && nameMatches(stem, a, name))) n++;
        }
        return n;
    }

    @Test
    void pronounMentionsTypedPersonAreNotAgentMentions() {
        // CoreNLP types "He"/"him" PERSON in these articles; no agent may claim those spans.
        for (var e : AGENTS.entrySet()) {
            String text;
            try { text = Files.readString(CORPUS.resolve(e.getKey() + ".txt")); } catch (IOException ex) { throw new RuntimeException(ex); }
            for (Agent a : e.getValue()) {
                for (var span : a.mentions()) {
                    String s = span.of(text);
                    assertFalse(AgentLexicon.standard().isPronoun(s), e.getKey() + ": pronoun mention '" + s + "' in " + a);
                }
            }
        }
    }
}
