package org.newsgraph.resolve;

import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Agent;
import org.newsgraph.extract.AgentKind;
import org.newsgraph.extract.ArticleFacts;
import org.newsgraph.extract.Span;
import org.newsgraph.extract.Speaker;
import org.newsgraph.extract.Statement;
import org.newsgraph.ingest.Article;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/** The frozen index depends on the articles, not on their order, and travels whole (a Spark broadcast). */
class ResolutionIndexTest {
    private static ArticleFacts article(String id, String quote, String... people) {
        List<Agent> agents = new ArrayList<>();
        for (int i = 0; i < people.length; i++)
            agents.add(new Agent("person:" + people[i], AgentKind.PERSON, people[i], Set.of(), Set.of("minister"),
                    List.of(new Span(i * 20, i * 20 + people[i].length()))));
        Speaker sp = Speaker.named(Speaker.Kind.PERSON, new Span(0, people[0].length()), people[0]);
        Statement st = new Statement(Statement.Kind.DIRECT_QUOTE, quote, new Span(0, 1), sp, "say", null, null, new Span(0, 1), -1);
        Article a = new Article(id, id + ".txt", "", "Headline " + id, LocalDate.of(2025, 3, 3), null, "The Daily Example",
                null, "hash-" + id, List.of());
        return new ArticleFacts(a, agents, List.of(st), List.of(), List.of(), List.of());
    }

    private static List<ArticleFacts> corpus() {
        return List.of(
                article("a", "The budget protects every library in the city", "Ana Ruiz", "Tom Baker"),
                article("b", "The budget protects every library in this city", "Ruiz", "Tom Baker"),
                article("c", "We will vote against the budget next week", "Ana M. Ruiz"),
                article("d", "The harbour will reopen on Monday", "Tom Baker", "Ruiz"));
    }

    private static ResolutionIndex index(List<ArticleFacts> articles) {
        return new CorpusResolver(List.of(), List.of(), List.of()).index(articles);
    }

    @Test
    void anyOrderGivesTheSameIndex() {
        ResolutionIndex reference = index(corpus());
        Random random = new Random(7);
        for (int i = 0; i < 5; i++) {
            List<ArticleFacts> shuffled = new ArrayList<>(corpus());
            Collections.shuffle(shuffled, random);
            assertEquals(reference, index(shuffled), "order " + shuffled.stream().map(f -> f.article().id()).toList());
        }
        // the surname-only "Ruiz" is the one full-named Ruiz, and both full forms are one person named by the fullest
        String ana = reference.articles().get("a").agentIds().get("person:Ana Ruiz");
        assertEquals(ana, reference.articles().get("b").agentIds().get("person:Ruiz"));
        assertEquals(ana, reference.articles().get("c").agentIds().get("person:Ana M. Ruiz"));
        assertEquals("Ana M. Ruiz", reference.names().get(ana));
        // the same words reported by two articles are one statement
        assertEquals(reference.articles().get("a").statementIds(), reference.articles().get("b").statementIds());
    }

    @Test
    void theIndexSerialisesWhole() throws Exception {
        ResolutionIndex index = index(corpus());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(index);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertEquals(index, in.readObject());
        }
    }
}
