package org.newsgraph.rdf;

import org.newsgraph.text.Hashes;

import org.newsgraph.extract.Agent;
import org.newsgraph.extract.AgentKind;
import org.newsgraph.extract.ArticleFacts;
import org.newsgraph.extract.Event;
import org.newsgraph.extract.EventLink;
import org.newsgraph.extract.EventMention;
import org.newsgraph.extract.Span;
import org.newsgraph.extract.Speaker;
import org.newsgraph.extract.Statement;
import org.newsgraph.extract.StatementTopic;
import org.newsgraph.ingest.Article;
import org.newsgraph.resolve.ResolvedArticle;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A hand-made article with every kind of fact, written for these tests (no NLP). */
final class Fixtures {
    private Fixtures() {}

    static final String S1 = "Jane Doe, the foreign minister of Freedonia, told Channel Nine on Monday that talks would resume.";
    static final String S2 = "\"Acme Corp told us 'prices will rise',\" Doe said.";
    static final String S3 = "A senior official told reporters the Geneva meeting on May 1 led to a new agreement.";
    static final String S4 = "Later, Zoë Brontë spoke of a \"crisis\".";
    static final String TEXT = S1 + "\n\n" + S2 + " " + S3 + "\n\n" + S4;

    /** A name built to break naive IRI or Turtle construction. */
    static final String MALICIOUS = "x> <y> \"z\" . #";

    static Span span(String needle) { return span(needle, 0); }

    static Span span(String needle, int from) {
        int b = TEXT.indexOf(needle, from);
        if (b < 0) throw new IllegalArgumentException(needle);
        return new Span(b, b + needle.length());
    }

    static Article article() {
        return new Article("test_article", "mem:test", TEXT, "Talks to resume, minister says", LocalDate.of(2024, 5, 7),
                "Sam Writer", "The Daily Example", "https://news.example.org/a/1", Hashes.sha256Hex(TEXT), List.of(),
                org.newsgraph.ingest.Origin.of(java.nio.file.Path.of("test_article.txt"), 0, null,
                        "https://news.example.org/a/1"));
    }

    static ResolvedArticle resolved() {
        Span doe2 = span("Doe", TEXT.indexOf(S2));
        List<Agent> agents = List.of(
                new Agent("person:jane doe", AgentKind.PERSON, "Jane Doe", Set.of("Doe"), Set.of("foreign minister"),
                        List.of(span("Jane Doe"), doe2)),
                new Agent("org:channel nine", AgentKind.ORGANIZATION, "Channel Nine", Set.of(), Set.of(),
                        List.of(span("Channel Nine"))),
                new Agent("place:freedonia", AgentKind.PLACE, "Freedonia", Set.of(), Set.of(), List.of(span("Freedonia"))),
                new Agent("person:zoe bronte", AgentKind.PERSON, "Zoë Brontë", Set.of(), Set.of(), List.of(span("Zoë Brontë"))),
                new Agent("person:malicious", AgentKind.PERSON, MALICIOUS, Set.of(), Set.of(), List.of()));
        int s2 = TEXT.indexOf(S2);
        List<Statement> statements = List.of(
                new Statement(Statement.Kind.REPORTED_SPEECH, "talks would resume", span("talks would resume"),
                        Speaker.named(Speaker.Kind.PERSON, span("Jane Doe"), "Jane Doe"), "tell", "Channel Nine",
                        LocalDate.of(2024, 5, 6), span(S1), -1),
                new Statement(Statement.Kind.DIRECT_QUOTE, "Acme Corp told us 'prices will rise'",
                        span("Acme Corp told us 'prices will rise'"), Speaker.named(Speaker.Kind.PERSON, doe2, "Doe"),
                        "say", null, null, span(S2), -1),
                new Statement(Statement.Kind.PARTIAL_QUOTE, "prices will rise", span("prices will rise"),
                        Speaker.named(Speaker.Kind.ORGANIZATION, span("Acme Corp"), "Acme Corp"), "tell", null, null,
                        new Span(s2 + 1, s2 + 1 + "Acme Corp told us 'prices will rise'".length()), 1),
                new Statement(Statement.Kind.REPORTED_SPEECH, "the Geneva meeting on May 1 led to a new agreement",
                        span("the Geneva meeting on May 1 led to a new agreement"),
                        Speaker.anonymous("A senior official"), "tell", "reporters", null, span(S3), -1),
                new Statement(Statement.Kind.PARTIAL_QUOTE, "crisis", span("crisis"),
                        Speaker.named(Speaker.Kind.PERSON, span("Zoë Brontë"), "Zoë Brontë"), "speak", null, null,
                        span(S4), -1));
        List<Event> events = List.of(
                new Event("ev:meeting", "Meeting", "Geneva meeting", Set.of("person:jane doe"), Set.of("place:Geneva"),
                        LocalDate.of(2024, 5, 1),
                        List.of(new EventMention("Meeting", "meeting", span("the Geneva meeting on May 1"), span(S3),
                                List.of("org:channel nine"), "place:freedonia", LocalDate.of(2024, 5, 1)))),
                new Event("ev:agreement", "Agreement", "new agreement", Set.of(), Set.of(), null,
                        List.of(new EventMention("Agreement", "agreement", span("a new agreement"), span(S3), List.of(),
                                null, null))),
                new Event("ev:talks", "Event", "talks", Set.of(), Set.of(), null,
                        List.of(new EventMention("Event", "talk", span("talks"), span(S1), List.of(), null, null))),
                new Event("ev:odd", "not a type!", "crisis", Set.of(), Set.of(), null,
                        List.of(new EventMention("not a type!", "crisis", span("crisis"), null, List.of(), null, null))));
        List<EventLink> links = List.of(
                new EventLink("ev:meeting", "ev:agreement", EventLink.Kind.LED_TO, "led to", span("led to")),
                new EventLink("ev:agreement", "ev:talks", EventLink.Kind.PRECEDES, "dates", null),
                new EventLink("ev:meeting", "ev:unknown", EventLink.Kind.PRECEDES, "after", null));
        List<StatementTopic> topics = List.of(new StatementTopic(3, "ev:meeting"), new StatementTopic(0, "ev:talks"));
        ArticleFacts facts = new ArticleFacts(article(), agents, statements, events, links, topics);
        Map<String, String> agentIds = Map.of(
                "person:jane doe", "person/jane-doe",
                "org:channel nine", "organization/channel-nine",
                "place:freedonia", "place/freedonia",
                "person:zoe bronte", "person/zoë brontë",
                "person:malicious", "person/" + MALICIOUS);
        List<String> speakerIds = List.of("person/jane-doe", "person/jane-doe", "organization/acme-corp",
                "source/test_article/1", "person/zoë brontë");
        List<String> statementIds = List.of("statement/s0", "statement/s1", "statement/s2", "statement/s3", "statement/s4");
        Map<String, String> eventIds = Map.of("ev:meeting", "event/geneva-meeting", "ev:agreement", "event/agreement",
                "ev:talks", "event/talks", "ev:odd", "event/odd");
        return new ResolvedArticle(facts, "article/test_article", agentIds, speakerIds, statementIds, eventIds);
    }
}
