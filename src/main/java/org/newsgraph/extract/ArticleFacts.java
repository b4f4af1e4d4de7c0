package org.newsgraph.extract;

import org.newsgraph.ingest.Article;

import java.util.List;

/** Everything extracted from one article, before cross-article resolution. */
public record ArticleFacts(Article article, List<Agent> agents, List<Statement> statements, List<Event> events,
                           List<EventLink> links, List<StatementTopic> topics) {
    public ArticleFacts {
        agents = List.copyOf(agents);
        statements = List.copyOf(statements);
        events = List.copyOf(events);
        links = List.copyOf(links);
        topics = List.copyOf(topics);
    }

    /** The same facts without the article's text: what cross-article resolution reads, kept small. */
    public ArticleFacts withoutText() {
        Article a = article;
        Article lean = new Article(a.id(), a.source(), "", a.headline(), a.datePublished(), a.author(), a.publisher(),
                a.url(), a.contentHash(), a.dropped(), a.origin());
        return new ArticleFacts(lean, agents, statements, events, links, topics);
    }

    /** The agent a speaker's name span refers to, or null (anonymous, or not a known agent). */
    public Agent agentFor(Speaker speaker) {
        for (Agent a : agents) if (a.isSpeaker(speaker)) return a;
        return null;
    }
}
