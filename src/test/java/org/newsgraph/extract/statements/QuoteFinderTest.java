package org.newsgraph.extract.statements;

import org.junit.jupiter.api.Test;
import org.newsgraph.extract.statements.QuoteFinder.Quote;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuoteFinderTest {
    private final QuoteFinder finder = new QuoteFinder();

    private static List<String> texts(String text, List<Quote> qs) {
        return qs.stream().map(q -> q.content().of(text)).toList();
    }

    @Test
    void curlyStraightAndGuillemetsInOneArticle() {
        String t = "“We are ready,” the minister said.\n\nThe envoy said: \"Talks resume today.\"\n\nHe added: «Nothing is agreed.»";
        assertEquals(List.of("We are ready", "Talks resume today", "Nothing is agreed"), texts(t, finder.find(t)));
    }

    @Test
    void twoRightSingleMarksCloseADoubleQuote() {
        // wire copy typeset from '' closes with ’’: the quote ends there, not at the paragraph's end
        String t = "“It was an attempt to mislead voters,’’ Tom Reyes told the BBC. “And it was wrong.”";
        assertEquals(List.of("It was an attempt to mislead voters", "And it was wrong"), texts(t, finder.find(t)));
    }

    @Test
    void apostrophesAreNotQuotes() {
        String t = "“It’s Trump’s call and we’ll see,” she said. The allies’ reply came later; it's done.";
        List<Quote> qs = finder.find(t);
        assertEquals(List.of("It’s Trump’s call and we’ll see"), texts(t, qs));
    }

    @Test
    void nestedSingleQuoteInsideDoubleHasParent() {
        String t = "\"The chief had doubts, and he said, 'Let's wait, I need time,'\" the aide said.";
        List<Quote> qs = finder.find(t);
        assertEquals(2, qs.size());
        assertEquals("The chief had doubts, and he said, 'Let's wait, I need time,'", qs.get(0).content().of(t));
        assertEquals("Let's wait, I need time", qs.get(1).content().of(t));
        assertEquals(0, qs.get(1).parent());
        assertEquals(-1, qs.get(0).parent());
    }

    @Test
    void curlyNestedQuotesWithApostropheInside() {
        String t = "“She told me, ‘Don’t sign it,’ and I didn’t,” he said.";
        List<Quote> qs = finder.find(t);
        assertEquals(List.of("She told me, ‘Don’t sign it,’ and I didn’t", "Don’t sign it"), texts(t, qs));
        assertEquals(0, qs.get(1).parent());
    }

    @Test
    void quoteOverSeveralParagraphsIsOneGroup() {
        String t = "The senator said: “We will not back down.\n\n“We will fight this in every court.\n\n“And we will win.”\n\nOthers disagreed.";
        List<Quote> qs = finder.find(t);
        assertEquals(List.of("We will not back down", "We will fight this in every court", "And we will win"), texts(t, qs));
        assertEquals(0, qs.get(1).group());
        assertEquals(0, qs.get(2).group());
    }

    @Test
    void paragraphsOfOneQuoteRunTogetherOnOneLineAreOneGroup() {
        // scraped text that lost its paragraph breaks: each paragraph still reopens the quotation
        String t = "The coach said: \"We were flat in the first half. \"The second half was better.\" Fans left early.\n\n"
                + "“Nobody expected this. “We will regroup,” she said.";
        List<Quote> qs = finder.find(t);
        assertEquals(List.of("We were flat in the first half", "The second half was better",
                "Nobody expected this", "We will regroup"), texts(t, qs));
        assertEquals(0, qs.get(1).group());
        assertEquals(2, qs.get(3).group());
        assertEquals(-1, qs.get(1).parent());
    }

    @Test
    void aParagraphEndingInsideANestedQuoteStillReopensTheQuotation() {
        String t = "The manager said: \"He came at me shouting 'what are you going to do?' \"Not to apologise is a disgrace.\" "
                + "The clubs meet again in May.";
        List<Quote> qs = finder.find(t);
        assertTrue(texts(t, qs).contains("He came at me shouting 'what are you going to do?'"), texts(t, qs).toString());
        assertTrue(texts(t, qs).contains("Not to apologise is a disgrace"), texts(t, qs).toString());
        assertEquals(qs.get(0).group(), qs.stream().filter(q -> q.content().of(t).startsWith("Not")).findFirst().orElseThrow().group());
    }

    @Test
    void aQuoteThatLostItsClosingMarkIsNotRunIntoTheNextOne() {
        // the first quotation's closing mark is missing: the next opening mark must not close it
        String t = "Cole said: \"He will learn. Ljungberg may start up front. Wenger said: \"He is an option.\"";
        assertEquals(List.of("He is an option"), texts(t, finder.find(t)));
    }

    @Test
    void aBritishSingleQuoteOverSeveralParagraphsIsOneGroup() {
        String t = "'We are not going anywhere,' said Baker. 'The union has the numbers.\n\n'We will be here on Monday.'\n\n"
                + "In the '90s the port closed.\n\n'Never again,' Baker said.";
        List<Quote> qs = finder.find(t);
        assertEquals(List.of("We are not going anywhere", "The union has the numbers", "We will be here on Monday", "Never again"),
                texts(t, qs));
        assertEquals(1, qs.get(2).group());
        assertEquals(3, qs.get(3).group(), "the '90s apostrophe opens nothing that runs on");
    }

    @Test
    void unclosedQuoteNotReopenedIsDropped() {
        String t = "He said “this never closes\n\nA new paragraph without a mark.";
        assertTrue(finder.find(t).isEmpty());
    }

    @Test
    void trailingCommaAndFullStopInsideMarksAreNotPartOfTheText() {
        String t = "\"Wait and see.\" \"Maybe...\"";
        assertEquals(List.of("Wait and see", "Maybe..."), texts(t, finder.find(t)));
    }

    @Test
    void pluralPossessiveInsideSingleQuotesDoesNotCloseIt() {
        String t = "He said: ‘The drivers’ union has our support. We will not back down.’";
        assertEquals(List.of("The drivers’ union has our support. We will not back down"), texts(t, finder.find(t)));
    }

    @Test
    void singleQuotedWordEndingInSStillClosesBeforeTheNextQuote() {
        String t = "She called it ‘reckless’ and said the plans were ‘dead in the water’.";
        assertEquals(List.of("reckless", "dead in the water"), texts(t, finder.find(t)));
    }

    @Test
    void aClosingMarkThatOpensAParagraphOpensTheQuotation() {
        // scraped copy sometimes writes the opening mark of a resumed quotation as a closing one
        String t = "The mayor spoke for an hour.\n\n” … what we learned is that the bridge must close,” she said. "
                + "Later she left.”";
        assertEquals(List.of("… what we learned is that the bridge must close"), texts(t, finder.find(t)));
        String plain = "“We won,” she said.";
        assertEquals(List.of("We won"), texts(plain, finder.find(plain)));
    }
}
