package org.newsgraph.extract.events;

import org.newsgraph.extract.Agent;
import org.newsgraph.extract.Span;
import org.newsgraph.nlp.Document;
import org.newsgraph.nlp.Token;

import java.util.ArrayList;
import java.util.List;

/** What the extractor knows about one article while reading it: its agents, mentions and groups so far. */
final class ArticleContext {
    final Document doc;
    final List<Agent> agents;
    final List<MentionGroup> groups = new ArrayList<>();
    final List<Mention> mentions = new ArrayList<>();
    int counter;

    ArticleContext(Document doc, List<Agent> agents) { this.doc = doc; this.agents = agents; }

    Agent agentAt(Token t) {
        Span s = new Span(t.begin(), t.end());
        for (Agent a : agents) if (a.mentionedAt(s)) return a;
        return null;
    }

    Agent agent(String key) {
        for (Agent a : agents) if (a.key().equals(key)) return a;
        return null;
    }
}
