package org.newsgraph.extract.statements;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Agent;
import org.newsgraph.extract.Speaker;
import org.newsgraph.extract.Statement;
import org.newsgraph.nlp.Document;
import org.newsgraph.nlp.NlpPipeline;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Each news construction on sentences written for the test, through the real CoreNLP pipeline. */
class StatementExtractorTest {
    private static NlpPipeline nlp;
    private final StatementExtractor extractor = new StatementExtractor();

    @BeforeAll
    static void load() { nlp = NlpPipeline.shared(); }

    /** One article's statements with the agents a test builds from its mentions. */
    private record Run(Document doc, List<Agent> agents, List<Statement> statements) {
        Statement find(Statement.Kind kind, String textPart) {
            for (Statement s : statements) if (s.kind() == kind && s.text().contains(textPart)) return s;
            fail("no " + kind + " containing '" + textPart + "' in " + statements);
            return null;
        }

        Statement exact(Statement.Kind kind, String text) {
            for (Statement s : statements) if (s.kind() == kind && s.text().equals(text)) return s;
            fail("no " + kind + " '" + text + "' in " + statements);
            return null;
        }

        String speaker(Statement s) { return GoldScorer.speakerName(s.speaker(), agents); }

        long count(Statement.Kind kind) { return statements.stream().filter(s -> s.kind() == kind).count(); }
    }

    private Run run(String text) { return run(text, null); }

    /** With the real agent extractor (job titles, organisation short forms). */
    private Run runWithAgents(String text) {
        Document doc = nlp.annotate(text, null);
        List<Agent> agents = new org.newsgraph.extract.agents.AgentExtractor().extract(doc);
        return new Run(doc, agents, extractor.extract(doc, agents));
    }

    private Run run(String text, LocalDate date) {
        Document doc = nlp.annotate(text, date);
        List<Agent> agents = TestAgents.fromMentions(doc);
        return new Run(doc, agents, extractor.extract(doc, agents));
    }

    // ---- direct quotes and attribution layouts ----

    @Test
    void quoteThenNameAndVerb() {
        Run r = run("“The border will stay open for trucks,” Maria Lopez said.");
        Statement s = r.find(Statement.Kind.DIRECT_QUOTE, "border");
        assertEquals("The border will stay open for trucks", s.text());
        assertEquals("Maria Lopez", r.speaker(s));
        assertEquals("say", s.cue());
        assertEquals(0, r.count(Statement.Kind.REPORTED_SPEECH), "a quoted clause is not also reported speech");
        assertEquals(r.doc().text(), s.evidence().of(r.doc().text()));
    }

    @Test
    void nameVerbColonThenQuote() {
        Run r = run("Interior Minister Maria Lopez said: \"The border will stay open for trucks.\"");
        Statement s = r.find(Statement.Kind.DIRECT_QUOTE, "border");
        assertEquals("The border will stay open for trucks", s.text());
        assertEquals("Maria Lopez", r.speaker(s));
    }

    @Test
    void invertedCueWithParticipleAdding() {
        Run r = run("“The border will stay open for trucks,” said Maria Lopez, adding that the checks would continue.");
        assertEquals("Maria Lopez", r.speaker(r.find(Statement.Kind.DIRECT_QUOTE, "border")));
        Statement added = r.find(Statement.Kind.REPORTED_SPEECH, "checks would continue");
        assertEquals("add", added.cue());
        assertEquals("Maria Lopez", r.speaker(added));
    }

    @Test
    void pronounGoesToTheCurrentSpeakerNotTheLastName() {
        Run r = run("Health Minister Anna Berg warned that the hospitals were full. The warning came a day after "
                + "Governor Paul Tran visited the region.\n\n“We need more nurses in every ward,” she told reporters.");
        Statement q = r.find(Statement.Kind.DIRECT_QUOTE, "nurses");
        assertEquals("Anna Berg", r.speaker(q));
        assertEquals("tell", q.cue());
        assertEquals("reporters", q.statedTo());
    }

    @Test
    void followOnQuoteAndTwoQuotesAroundOneCue() {
        Run r = run("“We are ready to sign the deal,” Tom Hale said. “The rest is up to them.”\n\n"
                + "“Nobody should doubt our word on this.”");
        assertEquals("Tom Hale", r.speaker(r.find(Statement.Kind.DIRECT_QUOTE, "ready to sign")));
        Statement second = r.find(Statement.Kind.DIRECT_QUOTE, "up to them");
        assertEquals("Tom Hale", r.speaker(second));
        assertEquals("say", second.cue(), "a follow-on quote continues the utterance the cue reported");
        assertEquals("Tom Hale", r.speaker(r.find(Statement.Kind.DIRECT_QUOTE, "Nobody should doubt")));
    }

    @Test
    void quoteIntroducedByTheSentenceBefore() {
        Run r = run("The talks dragged on for hours.\n\nCarl Weiss was blunt. “The plan has failed and everybody knows it.”");
        assertEquals("Carl Weiss", r.speaker(r.find(Statement.Kind.DIRECT_QUOTE, "plan has failed")));
    }

    @Test
    void quoteOverSeveralParagraphsKeepsItsSpeaker() {
        Run r = run("Tom Hale said: “We will not back down from this fight.\n\n“We will take it to every court in the land.”");
        assertEquals("Tom Hale", r.speaker(r.find(Statement.Kind.DIRECT_QUOTE, "back down")));
        assertEquals("Tom Hale", r.speaker(r.find(Statement.Kind.DIRECT_QUOTE, "every court")));
    }

    @Test
    void nestedQuoteGoesToTheNameBeforeItInsideTheOuterQuote() {
        Run r = run("\"President Ana Diaz had serious doubts about the plan, and she said, 'Let's wait, I want more time,'\" "
                + "Tom Hale said.");
        Statement outer = r.find(Statement.Kind.DIRECT_QUOTE, "serious doubts");
        Statement inner = r.exact(Statement.Kind.DIRECT_QUOTE, "Let's wait, I want more time");
        assertEquals("Tom Hale", r.speaker(outer));
        assertEquals("Ana Diaz", r.speaker(inner));
        assertEquals("Let's wait, I want more time", inner.text());
        assertEquals(r.statements().indexOf(outer), inner.parent());
        assertEquals(-1, outer.parent());
    }

    // ---- partial quotes and reported speech ----

    @Test
    void partialQuoteInsideReportedSpeech() {
        Run r = run("Tom Hale said the government “had lost control” of the budget.");
        Statement partial = r.find(Statement.Kind.PARTIAL_QUOTE, "lost control");
        assertEquals("had lost control", partial.text());
        assertEquals("Tom Hale", r.speaker(partial));
        Statement rep = r.find(Statement.Kind.REPORTED_SPEECH, "the government");
        assertEquals("Tom Hale", r.speaker(rep));
        assertEquals(0, r.count(Statement.Kind.DIRECT_QUOTE));
    }

    @Test
    void appositionSpeakerWithThatClause() {
        Run r = run("Lena Fischer, a former defence official, warned that the army was running short of shells.");
        Statement s = r.find(Statement.Kind.REPORTED_SPEECH, "army was running short of shells");
        assertEquals("Lena Fischer", r.speaker(s));
        assertEquals("warn", s.cue());
        assertTrue(!s.text().startsWith("that"), "content is the clause without 'that'");
    }

    @Test
    void passiveConfirmedBy() {
        Run r = run("The decision, confirmed by Lena Fischer on Friday, surprised the allies.");
        Statement s = r.find(Statement.Kind.REPORTED_SPEECH, "decision");
        assertEquals("Lena Fischer", r.speaker(s));
        assertEquals("confirm", s.cue());
    }

    @Test
    void clauseFinalAndInvertedCuesWithUnnamedSources() {
        Run r = run("The army is running short of shells, a senior official said.\n\n"
                + "The ministry will buy more drones next year, said a spokesman for the ministry.");
        Statement a = r.find(Statement.Kind.REPORTED_SPEECH, "short of shells");
        assertTrue(a.speaker().isAnonymous());
        assertEquals("a senior official", a.speaker().description());
        Statement b = r.find(Statement.Kind.REPORTED_SPEECH, "buy more drones");
        assertTrue(b.speaker().isAnonymous());
        assertTrue(b.speaker().description().startsWith("a spokesman"), b.speaker().description());
    }

    @Test
    void participialCueWithSubject() {
        Run r = run("Prices rose sharply in March, with Lena Fischer suggesting that the central bank would act soon.");
        Statement s = r.find(Statement.Kind.REPORTED_SPEECH, "central bank would act");
        assertEquals("Lena Fischer", r.speaker(s));
        assertEquals("suggest", s.cue());
    }

    @Test
    void accordingToSourcesAndOneReferringBack() {
        Run r = run("According to two people familiar with the talks, the deal is close.\n\n"
                + "Three sources familiar with the matter said the pipeline had been shut. One said it could reopen in May.");
        Statement a = r.find(Statement.Kind.REPORTED_SPEECH, "deal is close");
        assertEquals("according to", a.cue());
        assertTrue(a.speaker().isAnonymous());
        assertTrue(a.speaker().description().contains("people familiar with the talks"), a.speaker().description());
        assertFalse(a.speaker().description().toLowerCase().startsWith("according"), "the preposition is no part of it");
        Statement one = r.find(Statement.Kind.REPORTED_SPEECH, "reopen in May");
        assertTrue(one.speaker().isAnonymous());
        assertTrue(one.speaker().description().contains("sources familiar with the matter"), one.speaker().description());
    }

    @Test
    void organisationsSpeakingAsSuch() {
        Run r = run("Reuters reported that the plant had closed.\n\nThe Axios report said that the talks had collapsed.");
        Statement a = r.find(Statement.Kind.REPORTED_SPEECH, "plant had closed");
        assertEquals(Speaker.Kind.ORGANIZATION, a.speaker().kind());
        assertEquals("Reuters", a.speaker().name());
        Statement b = r.find(Statement.Kind.REPORTED_SPEECH, "talks had collapsed");
        assertEquals(Speaker.Kind.ORGANIZATION, b.speaker().kind());
        assertEquals("Axios", b.speaker().name());
    }

    // ---- context: addressee and date ----

    @Test
    void addresseesFromTellInterviewAndSpeakingTo() {
        Run r = run("Lena Fischer told reporters that the talks had stalled.\n\n"
                + "Tom Hale said in a CNN interview that the budget was safe.\n\n"
                + "Maria Lopez, speaking to Sky News, said that the border would reopen.");
        assertEquals("reporters", r.find(Statement.Kind.REPORTED_SPEECH, "talks had stalled").statedTo());
        assertEquals("CNN", r.find(Statement.Kind.REPORTED_SPEECH, "budget was safe").statedTo());
        assertEquals("Sky News", r.find(Statement.Kind.REPORTED_SPEECH, "border would reopen").statedTo());
    }

    @Test
    void statedOnOnlyForAFullDate() {
        String text = "Lena Fischer said on Wednesday that the talks had stalled.";
        Statement dated = run(text, LocalDate.of(2025, 3, 7)).find(Statement.Kind.REPORTED_SPEECH, "talks had stalled");
        assertEquals(LocalDate.of(2025, 3, 5), dated.statedOn());
        Statement undated = run(text).find(Statement.Kind.REPORTED_SPEECH, "talks had stalled");
        assertNull(undated.statedOn(), "no reference date: the weekday alone is not a date");
    }

    // ---- negative cases ----

    @Test
    void negatedSpeechIsNotAStatement() {
        Run r = run("Lena Fischer did not say whether the talks had stalled. Tom Hale declined to confirm that the plant "
                + "had closed. Maria Lopez refused to say that the border would reopen. He would not comment on whether the "
                + "council would ask the high court to intervene.");
        assertEquals(List.of(), r.statements());
    }

    @Test
    void speechThatHasNotHappenedYetIsNotAStatement() {
        Run r = run("The broadcaster is yet to confirm the final two contestants. The company has yet to say whether it "
                + "will appeal the fine. Lena Fischer said the talks had stalled.");
        assertEquals(List.of("the talks had stalled"), r.statements().stream().map(s -> s.text()).toList());
    }

    @Test
    void scareQuotesTitlesAndWordsAreNotStatements() {
        Run r = run("Critics mocked the so-called “peace dividend” in the budget.\n\n"
                + "She appeared on “Face the Nation” on Sunday.\n\n"
                + "The word “pause” appears twice in the memo.\n\n"
                + "The plan, a “reset” in all but name, was unveiled in May.");
        assertEquals(List.of(), r.statements());
    }

    @Test
    void aTitleWithLowerCaseFunctionWordsIsNotAStatement() {
        Run r = run("Ben Ward, who has starred in “Parks and Recreation” and “Guardians of the Galaxy,” posted the clip on Thursday.");
        assertEquals(List.of(), r.statements());
        // a work's name before the noun it qualifies
        r = run("After the news went viral, the “Avatar” star posted a long message.");
        assertEquals(List.of(), r.statements());
    }

    @Test
    void fullPipelineResultHasNameSpansThatFindAgents() {
        Run r = run("“We are ready,” said Interior Minister Maria Lopez.\n\n“Nothing will change,” she said.");
        for (Statement s : r.statements()) {
            assertNotNull(s.speaker().nameSpan());
            assertTrue(r.agents().stream().anyMatch(a -> a.mentionedAt(s.speaker().nameSpan())), s.toString());
        }
        assertEquals(2, r.count(Statement.Kind.DIRECT_QUOTE));
    }

    // ---- constructions found missing on the held-out set ----

    @Test
    void companyNameRightAfterTheQuoteIsTheSpeaker() {
        Run r = runWithAgents("Velocor Systems makes scooters.\n\n“Safety comes first for every one of our riders,” Velocor said in a statement.");
        assertEquals("Velocor Systems", r.speaker(r.find(Statement.Kind.DIRECT_QUOTE, "Safety comes first")));
    }

    @Test
    void sentenceFinalParticipleSpeaksForTheSentenceSpeaker() {
        Run r = run("Tom Hale said the plant would close in May if no buyer was found, warning that hundreds of jobs could go.");
        Statement w = r.statements().stream().filter(s -> "warn".equals(s.cue())).findFirst()
                .orElseThrow(() -> new AssertionError(r.statements().toString()));
        assertEquals("hundreds of jobs could go", w.text());
        assertEquals("Tom Hale", r.speaker(w));
    }

    @Test
    void secondThatClauseCarriesItsPartialQuote() {
        Run r = run("Lena Fischer said the plan was \"badly drafted,\" but that its goals \"deserve broad support.\"");
        assertEquals("Lena Fischer", r.speaker(r.exact(Statement.Kind.PARTIAL_QUOTE, "deserve broad support")));
    }

    @Test
    void quotedComplementOfCharacterisingVerb() {
        Run r = run("Dr. Omar Haddad, a cardiologist at Lakeside Hospital, called the findings “promising but early.”\n\n"
                + "The mayor, Ines Duarte, called the vote “a turning point for the city.”");
        assertEquals("Omar Haddad", r.speaker(r.exact(Statement.Kind.PARTIAL_QUOTE, "promising but early")));
        assertEquals("Ines Duarte", r.speaker(r.exact(Statement.Kind.PARTIAL_QUOTE, "a turning point for the city")));
        Run neg = run("The results were called “promising” in a memo nobody signed.");
        assertEquals(0, neg.count(Statement.Kind.PARTIAL_QUOTE), neg.statements().toString());
    }

    @Test
    void definiteTitleRefersToThePersonWithThatTitle() {
        Run r = runWithAgents("Goalkeeper Tomas Berg made six saves for Ashvale.\n\n"
                + "“We defended with our lives,” the goalkeeper told reporters.");
        assertEquals("Tomas Berg", r.speaker(r.find(Statement.Kind.DIRECT_QUOTE, "defended with our lives")));
    }

    @Test
    void theCompanyAndTheUnionReferToTheNamedOrganisation() {
        Run r = runWithAgents("Velocor Systems reported higher profits on Tuesday. Velocor Systems also cut 200 jobs.\n\n"
                + "The Harbour Dockworkers Union criticised the cuts. The union said it would appeal.\n\n"
                + "The company said sales rose 9 percent.");
        assertEquals("Harbour Dockworkers Union", r.speaker(r.find(Statement.Kind.REPORTED_SPEECH, "it would appeal")));
        assertEquals("Velocor Systems", r.speaker(r.find(Statement.Kind.REPORTED_SPEECH, "sales rose")));
    }

    @Test
    void pronounAfterAnUnnamedSourceStaysWithTheSource() {
        Run r = run("Tom Hale opened the meeting on Monday.\n\n"
                + "A spokeswoman for the port said the cranes were idle. “We expect delays all week,” she said.");
        assertTrue(r.find(Statement.Kind.DIRECT_QUOTE, "delays all week").speaker().isAnonymous());
    }

    @Test
    void pronounAfterAParagraphIntroducingAPerson() {
        Run r = run("“The roof leaks,” Maria Lopez said.\n\n"
                + "At the depot, Tom Hale unlocks the gate and switches on the lights.\n\n"
                + "“I have worked here for thirty years,” he says.");
        assertEquals("Tom Hale", r.speaker(r.find(Statement.Kind.DIRECT_QUOTE, "thirty years")));
    }

    @Test
    void quoteRunningIntoTheNextParagraphKeepsItsSpeaker() {
        Run r = run("“The first year was hard,” Maria Lopez said. “We had no heating. We had no money.\n\n"
                + "“Then the neighbours came.”");
        assertEquals("Maria Lopez", r.speaker(r.find(Statement.Kind.DIRECT_QUOTE, "We had no heating")));
        assertEquals("Maria Lopez", r.speaker(r.find(Statement.Kind.DIRECT_QUOTE, "neighbours came")));
    }

    @Test
    void accordingToAPublicationReleasedByAnOrganisation() {
        Run r = run("Forecasters expect a wet spring, according to the outlook released by the National Weather Office.");
        assertEquals("National Weather Office", r.speaker(r.find(Statement.Kind.REPORTED_SPEECH, "wet spring")));
    }

    @Test
    void unnamedGroupsOfPeopleSpeak() {
        Run r = run("Others said the fares were too high. Consumer advocates said the refunds came too late.");
        assertTrue(r.find(Statement.Kind.REPORTED_SPEECH, "fares were too high").speaker().isAnonymous());
        assertTrue(r.find(Statement.Kind.REPORTED_SPEECH, "refunds came too late").speaker().isAnonymous());
    }

    @Test
    void aSurnameTheTaggerTookForAMonthSpeaks() {
        Map<String, String> said = SaidBy.texts("Band on tour\n\nGuitarist Brian May has said he expects to be on the road from "
                + "April. May said: \"We are rising again.\"", null);
        assertEquals("Brian May", said.get("We are rising again"), said.toString());
    }
}
