package org.newsgraph.extract.statements;

import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Statement;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Where reported content ends on real news, on sentences written for the test: the parser attaches
 * the clauses after a reported clause loosely, and the content must take in what was said and stop
 * at what was not (another report, the narrator's own clause).
 */
class ReportedContentBoundsTest {

    @Test
    void aClauseJoinedToTheCueWithItsOwnSubjectGoesOnWithTheReport() {
        Map<String, String> said = statementsOf("Dana Kessler spoke in Rome on Monday. The head of the agency warned that no farms "
                + "are safe from the new blight, and growers across the region must adopt strict measures to contain it.");
        assertEquals("Dana Kessler", said.get("no farms are safe from the new blight, and growers across the region must adopt "
                + "strict measures to contain it"), said.toString());
        // the parser made the cue the subject of the clause that ends the report
        said = statementsOf("Dana Kessler spoke in Rome on Monday. The head of FAO warned that no farmers are immune to the new "
                + "blight, and countries around the world must generate suitable measures to battle the outbreak.");
        assertEquals("Dana Kessler", said.get("no farmers are immune to the new blight, and countries around the world must "
                + "generate suitable measures to battle the outbreak"), said.toString());
        // a joined clause with a cue of its own is that cue's
        said = statementsOf("A friend of the family said she did not want the escort at all, but the police overruled that "
                + "request, the friend added.");
        assertTrue(said.containsKey("she did not want the escort at all"), said.toString());
    }

    @Test
    void aReportInAnOpeningSubordinateClauseEndsWhereTheMainClauseBegins() {
        Map<String, String> said = statementsOf("When Smith said that the plant would close, the crowd booed.");
        assertEquals("Smith", said.get("the plant would close"), said.toString());
        // without the subordinator the clause after the comma goes on with the report
        said = statementsOf("Smith said that the plant would close, and the workers would lose their jobs.");
        assertTrue(said.keySet().stream().anyMatch(k -> k.endsWith("lose their jobs")), said.toString());
    }

    @Test
    void anExpletiveTheParserHungOnTheCueOpensTheReport() {
        Map<String, String> said = statementsOf("Mark Kirby spoke on Friday. He said there were 18 emails between the two, "
                + "comprising eight email chains.");
        assertEquals("Mark Kirby", said.get("there were 18 emails between the two, comprising eight email chains"), said.toString());
    }

    @Test
    void aReportInAnOpeningWhileClauseStopsAtTheMainClause() {
        Map<String, String> said = statementsOf("Mayor Lena Holt took office in May. While the mayor has repeatedly said she "
                + "opposes sending inspectors to the far-flung districts, her office carves out exceptions.");
        assertEquals("Lena Holt", said.get("she opposes sending inspectors to the far-flung districts"), said.toString());
        // two poll answers joined by "while" are two reports
        said = statementsOf("Among farm voters, 74 percent said they are set on voting for the mayor, while 22 percent said "
                + "they might change their mind.");
        assertTrue(said.containsKey("they are set on voting for the mayor"), said.toString());
        assertTrue(said.containsKey("they might change their mind"), said.toString());
    }

    @Test
    void aCueJoinedByButSharesTheMainClausesSubjectHoweverDeepTheParserHungIt() {
        Map<String, String> said = statementsOf("Ted Varga has backed raising the number of work permits - at one point, as "
                + "much as fivefold - but has since said he now believes the system needs to be reformed first.");
        assertEquals("Ted Varga", said.get("he now believes the system needs to be reformed first"), said.toString());
    }

    @Test
    void aPastTenseTaggedAsAParticipleAfterTheCueIsStillAReportedClause() {
        Map<String, String> said = statementsOf("Paula Reyes wrote a letter. She said the nonprofit provided a signed statement "
                + "affirming its independence from the government.");
        assertEquals("Paula Reyes", said.get("the nonprofit provided a signed statement affirming its independence from the "
                + "government"), said.toString());
        // and after whom it was told
        said = statementsOf("Tom Hale has bucked efforts to rein in his behavior, committing repeated gaffes after telling his "
                + "aides he planned to adopt a more presidential tone.");
        assertEquals("Tom Hale", said.get("he planned to adopt a more presidential tone"), said.toString());
    }

    @Test
    void anAsClauseCueReportsTheMainClause() {
        Map<String, String> said = statementsOf("As many tax experts, including Fred Goldberg, have pointed out, the mayor is "
                + "free to disclose her returns.");
        assertEquals("Fred Goldberg", said.get("the mayor is free to disclose her returns"), said.toString());
    }

    @Test
    void heAfterAPersonNamedInsideTheMainSubjectIsThatPerson() {
        Map<String, String> said = statementsOf("Mehmet Oz hosts a daytime show.\n\n“It is nonsense,” said David Gorski, a "
                + "surgeon.\n\nOz’s dubious advice earned him the attention of Congress, where he appeared at a 2014 hearing "
                + "for his role in promoting diet pills and for saying that green coffee extract was a cure.");
        assertEquals("Mehmet Oz", said.get("green coffee extract was a cure"), said.toString());
    }

    @Test
    void aParticipleThatSetsTheSceneIsNotWhatWasSaid() {
        Map<String, String> said = statementsOf("Speaking to students in Denver this week, Mayor Ana Ortiz responded to the "
                + "governor's remarks. The budget will hold, Ortiz said.");
        assertFalse(said.keySet().stream().anyMatch(k -> k.startsWith("Speaking")), said.toString());
        assertEquals("Ana Ortiz", said.get("The budget will hold"), said.toString());
    }

    @Test
    void aReportOfItsOwnAfterASemicolonEndsTheClauseBefore() {
        Map<String, String> said = statementsOf("The rumours had an effect: Some 20 percent of voters in a recent Gallup poll said "
                + "they believe Okafor was born outside the country; 29 percent said they believe Okafor is a spy.");
        assertTrue(said.containsKey("they believe Okafor was born outside the country"), said.toString());
        assertTrue(said.containsKey("they believe Okafor is a spy"), said.toString());
    }

    @Test
    void anObjectThenAVerbInTheSubjunctiveIsAClause() {
        Map<String, String> said = statementsOf("Parents demanded the school be closed until the inspection was complete.");
        assertTrue(said.containsKey("the school be closed until the inspection was complete"), said.toString());
        // an object alone is still what an object verb reports
        said = statementsOf("Mayor Lena Ortiz announced a review of the contract on Monday.");
        assertTrue(said.containsKey("a review of the contract"), said.toString());
    }

    @Test
    void aReportedThingThatTheParserMadeTheSubjectOfAParticiple() {
        Map<String, String> said = statementsOf("Police said witnesses reported a man running out of a house in Keller Street "
                + "yelling at a cyclist who was riding along the footpath at around 8:50 am.");
        assertTrue(said.containsKey("a man running out of a house in Keller Street yelling at a cyclist who was riding along the "
                + "footpath at around 8:50 am"), said.toString());
    }

    @Test
    void aCueJoinedAfterACommaInsideTheClauseIsASecondReportByTheSameSpeaker() {
        Map<String, String> said = statementsOf("Omar Reyes is the union's business manager. Reyes told reporters that the strike "
                + "was \"in full force,\" and called on Mayor Jacob Frey to intervene.");
        assertEquals("Omar Reyes", said.get("the strike was \"in full force,\""), said.toString());
        assertEquals("Omar Reyes", said.get("Mayor Jacob Frey to intervene"), said.toString());
    }

    @Test
    void aSourceAfterAccordingToThatTheParserMadeTheHeadOfTheSentence() {
        Map<String, String> said = statementsOf("Voters without a college degree made up just 36 percent of the electorate in 2012, "
                + "according to exit polls.");
        assertEquals("ANONYMOUS", said.get("Voters without a college degree made up just 36 percent of the electorate in 2012"),
                said.toString());
        said = statementsOf("According to early results of exit polls conducted for The Associated Press and television networks "
                + "by Edison Research, nearly half of voters named the economy as their top concern.");
        assertEquals("ANONYMOUS", said.get("nearly half of voters named the economy as their top concern"), said.toString());
    }

    /** Each reported statement: its text and its speaker's name, with the real agent extractor. */
    private static Map<String, String> statementsOf(String text) {
        return SaidBy.texts(text, Statement.Kind.REPORTED_SPEECH);
    }

    @Test
    void aReportOpeningWithAConditionIsReported() {
        // the parser hangs "if elected … she could work" as an adverbial clause of "said"
        Map<String, String> said = statementsOf("Despite challenging the honesty of the harbour board chairman, Varga said if elected "
                + "mayor she could work effectively with the board.");
        assertEquals("Varga", said.get("if elected mayor she could work effectively with the board"), said.toString());
    }

    @Test
    void aParticipleOfSayingAfterACommaEndsTheReportBefore() {
        Map<String, String> said = statementsOf("Ana Ruiz is the mayor's spokeswoman. Ruiz refused to answer questions on who "
                + "Olsen would like to see win in November but said there was no meeting planned with Brandt, adding: “If one "
                + "is proposed we will consider it.”");
        assertEquals("Ana Ruiz", said.get("there was no meeting planned with Brandt"), said.toString());
    }

    @Test
    void whatWasToldAfterTheAddresseeIsReportedThoughTheParserMadeItsSubjectTheObject() {
        Map<String, String> said = statementsOf("Mara Olsen runs the town. She told POLITICO Bergen the town’s own standards are "
                + "not perfect but “getting better and better.”\n\nBrandt told host Lena Marwick a Varga loss is “increasingly likely.”");
        assertEquals("Mara Olsen", said.get("the town’s own standards are not perfect but “getting better and better.”"), said.toString());
        assertEquals("Brandt", said.get("a Varga loss is “increasingly likely.”"), said.toString());
    }

    @Test
    void aClauseWithAnExpletiveThereIsReportedThoughTheParserMadeItTheHead() {
        Map<String, String> said = statementsOf("Loretta Varga spoke on Monday. Varga said there remains a \"significant difference "
                + "in private practice and government,\" when it comes to how many lawyers work at the harbour board.");
        assertEquals("Loretta Varga", said.get("there remains a \"significant difference in private practice and government,\" when it "
                + "comes to how many lawyers work at the harbour board"), said.toString());
    }

    @Test
    void aCueAfterTheReportWithItsSubjectHungOnTheReportLeavesTheDatelineOut() {
        Map<String, String> said = statementsOf("BERGEN ― Mayor Olsen’s yearslong obsession with the harbour toll is an insult to all "
                + "fishermen, top harbour lawmakers said Friday afternoon, as they bristled at the continued focus.");
        assertEquals("ANONYMOUS", said.get("Mayor Olsen’s yearslong obsession with the harbour toll is an insult to all fishermen as they "
                + "bristled at the continued focus"), said.toString());
        // the lawmakers speak, not "an insult" the parser hung the cue on
        var doc = org.newsgraph.nlp.NlpPipeline.shared().annotate("BERGEN ― Donald Olsen’s yearslong obsession with President Barack "
                + "Varga’s birth is an insult to all African-Americans, top black lawmakers said Friday afternoon, as they bristled at "
                + "the continued focus.", null);
        var statements = new StatementExtractor().extract(doc, new org.newsgraph.extract.agents.AgentExtractor().extract(doc));
        assertEquals(1, statements.size(), statements.toString());
        assertEquals("top black lawmakers", statements.get(0).speaker().description(), statements.toString());
    }

    @Test
    void aQuotationSetOffByACommaInsideAReportIsPartOfIt() {
        // the report says more before the quotation, so it stands, and the quotation is a fragment of it
        Map<String, String> said = SaidBy.texts("Harbour Plans\n\nThe harbour board said the port would lose 40 million kroner a "
                + "year, “more than the whole budget of the ferry service,” if the tolls were cut.", null);
        assertEquals("ANONYMOUS", said.get("the port would lose 40 million kroner a year, “more than the whole budget of the ferry "
                + "service,”"), said.toString());
        assertEquals("ANONYMOUS", said.get("more than the whole budget of the ferry service"), said.toString());
        // a lead-in with no clause of its own is no report: the quotation is what was said
        String text = "Harbour Plans\n\nAs for the cost, “raising the fees and closing the gaps for the ferries inevitably involves "
                + "some paperwork,” Olsen said.";
        assertEquals(Map.of(), statementsOf(text));
        assertEquals(Map.of("raising the fees and closing the gaps for the ferries inevitably involves some paperwork", "Olsen"),
                SaidBy.texts(text, Statement.Kind.DIRECT_QUOTE));
    }

    @Test
    void theClauseARelativeCueReportsThoughHungOnTheMainCue() {
        Map<String, String> said = SaidBy.texts("Harbour Plans\n\n“Mayor Olsen is a tyrant in the making,” said Beck, who said "
                + "there were “too many disturbing things for me to dismiss on Mayor Olsen.”", null);
        assertEquals("Beck", said.get("there were “too many disturbing things for me to dismiss on Mayor Olsen.”"), said.toString());
    }

    @Test
    void aCueThatOpensAQuotationReportsNoClauseBeforeIt() {
        String text = "Harbour Plans\n\nAsked to describe the device that caused the blast, Olsen said, “Not going to go into that.”";
        assertEquals(Map.of(), statementsOf(text));
        assertEquals(Map.of("Not going to go into that", "Olsen"), SaidBy.texts(text, Statement.Kind.DIRECT_QUOTE));
    }

    @Test
    void aClauseWhoseSubjectTheParserTookForTheObjectWithAPerfectCopula() {
        // "insisted the campaign had been “the right one”": "campaign" parsed as the object, the predicate hung loosely
        Map<String, String> said = statementsOf("Hale's deputy, Ines Calloway, said the party would \"reflect carefully\" on the "
                + "result, but insisted the campaign had been \"the right one\".");
        assertEquals("Ines Calloway", said.get("the campaign had been \"the right one\""), said.toString());
    }

    @Test
    void aCueJoinedToAReportTheParserMadeTheHeadIsAReportOfItsOwn() {
        // "stressed" parsed as the subject of "shortage", "said" as its conjunct
        Map<String, String> said = statementsOf("Officials stressed there was no shortage of drinking water, but said restrictions "
                + "on irrigation would stay in place.");
        assertEquals("ANONYMOUS", said.get("there was no shortage of drinking water"), said.toString());
        assertEquals("ANONYMOUS", said.get("restrictions on irrigation would stay in place"), said.toString());
    }

    @Test
    void theRestOfAReportedClauseTheParserLeftUnlabelledGoesOnWithIt() {
        Map<String, String> said = statementsOf("But party co-chairman Liam Fenwick said Labour's plans showed Mr Blair was "
                + "\"terrified of facing proper scrutiny\".");
        assertTrue(said.keySet().stream().anyMatch(k -> k.startsWith("Labour's plans showed Mr Blair was")), said.toString());
        said = statementsOf("Labour election chief Alan Milburn denied the party was trying to \"hide\" the prime minister.");
        assertTrue(said.keySet().stream().anyMatch(k -> k.startsWith("the party was trying to")), said.toString());
    }

    @Test
    void aCallForSomethingAndADescriptionAsSomethingAreReported() {
        Map<String, String> said = SaidBy.texts("Former minister Dilan Perera called upon all sections of the society to gather "
                + "and protest against the ouster. Later, Perera called for snap elections to end the \u201cpolitical crisis\u201d.",
                Statement.Kind.REPORTED_SPEECH);
        assertEquals("Dilan Perera", said.get("all sections of the society to gather and protest against the ouster"), said.toString());
        assertEquals("Dilan Perera", said.get("snap elections to end the \u201cpolitical crisis\u201d"), said.toString());
        said = SaidBy.texts("Nadia Silva, one of the protesters, described the president\u2019s move as a \u201ccoup\u201d.",
                Statement.Kind.REPORTED_SPEECH);
        assertEquals("Nadia Silva", said.get("the president\u2019s move as a \u201ccoup\u201d"), said.toString());
        // "call" alone is no speech
        assertTrue(SaidBy.texts("Perera called the hotel to book a room for the delegates.", Statement.Kind.REPORTED_SPEECH)
                .isEmpty());
    }

    @Test
    void anAsideBetweenTheTwoPartsOfASoThatClause() {
        Map<String, String> said = SaidBy.texts("Maria Lopez runs the harbour authority. The port had resisted such deals, but the "
                + "water there had become so dirty, Ms. Lopez noted, that the most-visited web page in town was the daily "
                + "water-quality monitor maintained by the Valmont Harbour Trust.", Statement.Kind.REPORTED_SPEECH);
        assertEquals("Maria Lopez", said.get("The port had resisted such deals, but the water there had become so dirty that the "
                + "most-visited web page in town was the daily water-quality monitor maintained by the Valmont Harbour Trust"),
                said.toString());
        // a thing maintained by someone is nothing they said
        assertEquals(1, said.size(), said.toString());
    }

    @Test
    void thatAfterAnObjectOpensARelativeClauseNotTheReport() {
        Map<String, String> said = SaidBy.texts("Drug makers\n\nAnalysts have predicted consolidation in a market that they "
                + "call crowded.", Statement.Kind.REPORTED_SPEECH);
        assertTrue(said.keySet().stream().noneMatch(k -> k.startsWith("they call")), said.toString());
    }

    @Test
    void aRelativeClauseSetOffByCommasIsNoAsideOfSaying() {
        Map<String, String> said = SaidBy.texts("Theme tune\n\nThe series, which told the story of a farmer striking gold and "
                + "moving to the city, ran until 1975.", null);
        assertTrue(said.isEmpty(), said.toString());
    }

    @Test
    void anOpeningClausesCueReportsItsObjectNotTheMainClause() {
        Map<String, String> said = SaidBy.texts("Debate night\n\nTom Hale spoke for an hour. Once he has said his piece on trade, "
                + "he is ready to move on.", Statement.Kind.REPORTED_SPEECH);
        assertTrue(said.keySet().stream().noneMatch(k -> k.contains("ready to move on")), said.toString());
        assertEquals("Tom Hale", said.get("his piece on trade"), said.toString());
    }

    @Test
    void anOpeningQuestionReportsWhatWasAskedAbout() {
        Map<String, String> said = SaidBy.texts("Rally\n\nAsked about his earlier attacks on the governor, Nils Berg said that was a "
                + "normal part of any primary.", Statement.Kind.REPORTED_SPEECH);
        assertTrue(said.containsKey("about his earlier attacks on the governor"), said.toString());
        assertTrue(said.entrySet().stream().anyMatch(e -> e.getKey().endsWith("a normal part of any primary")
                && e.getValue().equals("Nils Berg")), said.toString());
    }

    @Test
    void aThatClauseAfterADashedAsideIsStillTheReport() {
        Map<String, String> said = SaidBy.texts("Convention\n\nMr. Obama argued emphatically - rebuking Mr. Trump by name - that "
                + "the Republican nominee had played on voters' fears.", Statement.Kind.REPORTED_SPEECH);
        assertEquals("Obama", said.get("the Republican nominee had played on voters' fears"), said.toString());
    }

    @Test
    void aDemonstrativeThatOpeningTheReportIsPartOfIt() {
        Map<String, String> said = SaidBy.texts("Budget\n\nAsked about the cuts, Ada Varga said that was a matter for the "
                + "voters.", Statement.Kind.REPORTED_SPEECH);
        assertEquals("Ada Varga", said.get("that was a matter for the voters"), said.toString());
        // the subordinator is still left out
        said = SaidBy.texts("Budget\n\nThe ministry hinted that the target would be at risk.", Statement.Kind.REPORTED_SPEECH);
        assertTrue(said.containsKey("the target would be at risk"), said.toString());
    }
}
