package org.newsgraph.resolve;

import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Span;
import org.newsgraph.extract.Speaker;
import org.newsgraph.extract.Statement;
import org.newsgraph.extract.Statement.Kind;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class StatementResolverTest {
    static final String RUIZ = "person/ana-ruiz";
    static final String COLE = "person/ben-cole";

    static Statement st(Kind kind, String text) {
        return new Statement(kind, text, new Span(0, text.length()), Speaker.named(Speaker.Kind.PERSON, new Span(0, 4), "Ruiz"),
                "say", null, null, new Span(0, text.length()), -1);
    }

    static Statement direct(String text) { return st(Kind.DIRECT_QUOTE, text); }

    static Statement partial(String text) { return st(Kind.PARTIAL_QUOTE, text); }

    static Statement reported(String text) { return st(Kind.REPORTED_SPEECH, text); }

    /** Resolves one statement as the only statement of its article. */
    static String one(StatementResolver r, String stem, Statement s, String speaker) {
        return r.resolve(stem, List.of(s), List.of(speaker)).get(0);
    }

    @Test
    void oneQuoteReportedDifferentlyByFourOutletsIsOneStatement() {
        StatementResolver r = new StatementResolver(List.of());
        String a = one(r, "outlet-a", direct("We’ll rebuild the northern bridge before the winter floods arrive, and we won’t wait for Brussels"), RUIZ);
        // straight quote marks, contractions written out, an editor's bracketed insertion
        String b = one(r, "outlet-b", direct("We will rebuild the northern bridge [destroyed in March] before the winter floods arrive, and we will not wait for Brussels."), RUIZ);
        // a partial quote that is a fragment of the direct quote
        String c = one(r, "outlet-c", partial("rebuild the northern bridge"), RUIZ);
        // a slightly different transcription
        String d = one(r, "outlet-d", direct("We're going to rebuild the northern bridge before the winter floods arrive and we won't be waiting for Brussels"), RUIZ);
        // an elided rendering
        String e = one(r, "outlet-e", direct("We will rebuild the northern bridge ... and we will not wait for Brussels"), RUIZ);
        assertEquals(a, b);
        assertEquals(a, c);
        assertEquals(a, d);
        assertEquals(a, e);
        assertTrue(a.matches("statement/[0-9a-f]{16}"), a);
    }

    @Test
    void fragmentMatchesAWordingLearntFromAnEarlierArticle() {
        StatementResolver r = new StatementResolver(List.of());
        String a = one(r, "a", direct("The ferry fares will stay frozen for another year"), RUIZ);
        String b = one(r, "b", direct("The ferry fares will stay frozen for another year, whatever the ministry decides"), RUIZ);
        // only the longer wording of b contains this fragment
        String c = one(r, "c", partial("whatever the ministry decides"), RUIZ);
        assertEquals(a, b);
        assertEquals(a, c);
    }

    @Test
    void sameWordsFromAnotherSpeakerAreAnotherStatement() {
        StatementResolver r = new StatementResolver(List.of());
        String text = "We will rebuild the northern bridge before the winter floods arrive";
        String a = one(r, "a", direct(text), RUIZ);
        String b = one(r, "b", direct(text), COLE);
        assertNotEquals(a, b);
        // anonymous sources are article-local ids, so they never merge across articles
        String c = one(r, "c", direct(text), "source/c/1");
        String d = one(r, "d", direct(text), "source/d/1");
        assertNotEquals(c, d);
        // but the same speaker in yet another article does merge
        assertEquals(b, one(r, "e", direct(text), COLE));
    }

    @Test
    void unrelatedStatementsStayApart() {
        StatementResolver r = new StatementResolver(List.of());
        String a = one(r, "a", direct("We will rebuild the northern bridge before the winter floods arrive"), RUIZ);
        String b = one(r, "b", direct("The harbour tax will rise next year for every cruise ship"), RUIZ);
        String c = one(r, "c", direct("We will not rebuild the harbour before the next election"), RUIZ);
        assertEquals(3, Set.of(a, b, c).size());
        // two short fragments and one-word scare quotes are too weak to join articles
        String d = one(r, "d", partial("the bridge"), RUIZ);
        assertNotEquals(a, d);
        String e1 = one(r, "e", partial("unacceptable"), RUIZ);
        String e2 = one(r, "f", partial("unacceptable"), RUIZ);
        assertNotEquals(e1, e2);
        // a different statement sharing some words (below the overlap threshold)
        String g = one(r, "g", direct("The northern bridge was closed after the winter floods last year"), RUIZ);
        assertNotEquals(a, g);
    }

    @Test
    void reportedSpeechMatchesReportedSpeechOnly() {
        StatementResolver r = new StatementResolver(List.of());
        String a = one(r, "a", reported("the northern bridge would be rebuilt before the winter floods"), RUIZ);
        String b = one(r, "b", reported("the northern bridge would be rebuilt before winter floods arrive"), RUIZ);
        assertEquals(a, b);
        String q = one(r, "c", direct("the northern bridge would be rebuilt before the winter floods"), RUIZ);
        assertNotEquals(a, q);
        String other = one(r, "d", reported("fares on the northern ferry would rise in the spring"), RUIZ);
        assertNotEquals(a, other);
    }

    @Test
    void statementsOfOneArticleAreNotMergedUnlessIdentical() {
        StatementResolver r = new StatementResolver(List.of());
        List<Statement> sts = List.of(
                direct("We will rebuild the northern bridge before the winter floods arrive"),
                partial("rebuild the northern bridge"),
                direct("We will rebuild the northern bridge before the winter floods arrive."),
                direct("We will rebuild the northern bridge before the winter floods arrive"));
        List<String> ids = r.resolve("a", sts, List.of(RUIZ, RUIZ, RUIZ, COLE));
        assertNotEquals(ids.get(0), ids.get(1), "a fragment in the same article is its own statement");
        assertEquals(ids.get(0), ids.get(2), "identical wording by the same speaker");
        assertNotEquals(ids.get(0), ids.get(3));

        // a later article's fragment then merges with one of them, and its full quote with the other
        List<String> later = r.resolve("b", List.of(
                direct("We will rebuild the northern bridge before the winter floods arrive"),
                partial("rebuild the northern bridge")), List.of(RUIZ, RUIZ));
        assertEquals(ids.get(0), later.get(0));
        assertEquals(ids.get(1), later.get(1));
    }

    @Test
    void knownStatementsFromTheStoreAreReused() {
        String stored = "statement/00000000000000aa";
        StatementResolver r = new StatementResolver(List.of(
                new StatementResolver.KnownStatement(stored, RUIZ, "DIRECT_QUOTE", "We will rebuild the northern bridge before the winter floods arrive"),
                new StatementResolver.KnownStatement("statement/00000000000000bb", RUIZ, "ReportedSpeech", "the harbour tax would rise next year")));
        assertEquals(stored, one(r, "new", partial("rebuild the northern bridge before the winter"), RUIZ));
        assertEquals("statement/00000000000000bb", one(r, "new2", reported("the harbour tax would rise next year for cruise ships"), RUIZ));
        // two statements of one article both resembling the stored one: only the closer one takes its id
        List<String> ids = r.resolve("new3", List.of(
                partial("rebuild the northern bridge"),
                direct("We will rebuild the northern bridge before the winter floods arrive")), List.of(RUIZ, RUIZ));
        assertEquals(stored, ids.get(1));
        assertNotEquals(stored, ids.get(0));
    }

    @Test
    void idsAreDeterministicForTheSameInputOrder() {
        List<List<Statement>> articles = List.of(
                List.of(direct("We will rebuild the northern bridge before the winter floods arrive"), reported("the harbour tax would rise")),
                List.of(partial("rebuild the northern bridge"), direct("Nobody told us about the closure")),
                List.of(direct("Nobody told us about the closure at all")));
        List<String> first = run(articles), second = run(articles);
        assertEquals(first, second);
        assertEquals(first.get(0), first.get(2));
        assertEquals(first.get(3), first.get(4));
        assertEquals(3, new HashSet<>(first).size());
        for (String id : first) assertTrue(id.matches("statement/[0-9a-f]{16}"), id);
        // the id of a statement first seen in an article is a function of speaker, wording and article
        assertEquals(StatementResolver.newId(RUIZ, StatementText.of("We will rebuild the northern bridge before the winter floods arrive").folded(), "art0"),
                first.get(0));
    }

    private static List<String> run(List<List<Statement>> articles) {
        StatementResolver r = new StatementResolver(List.of());
        List<String> all = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            List<Statement> a = articles.get(i);
            all.addAll(r.resolve("art" + i, a, a.stream().map(s -> RUIZ).toList()));
        }
        return all;
    }

    @Test
    void mismatchedListsAreRejected() {
        StatementResolver r = new StatementResolver(List.of());
        assertThrows(IllegalArgumentException.class, () -> r.resolve("a", List.of(direct("hello there friends")), List.of()));
    }
}
