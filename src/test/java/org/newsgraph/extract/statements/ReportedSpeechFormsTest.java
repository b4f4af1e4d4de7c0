package org.newsgraph.extract.statements;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Agent;
import org.newsgraph.extract.Statement;
import org.newsgraph.nlp.Document;
import org.newsgraph.nlp.NlpPipeline;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reported-speech forms of real news (issue 10, failure class 5), on sentences written for the test:
 * "X quoted Y as saying" and its passive; subjects that are no name ("Republicans said", "his lawyer
 * said", "according to the survey") are unnamed sources, while a passive subject, an infinitive and a
 * cue inside another report are not sources of their own.
 */
class ReportedSpeechFormsTest {
    private static NlpPipeline nlp;
    private final StatementExtractor extractor = new StatementExtractor();

    @BeforeAll
    static void load() { nlp = NlpPipeline.shared(); }

    /** Speakers of the statements whose text contains the given words (people grouped by surname). */
    private Set<String> speakersOf(String text, String words) {
        Document doc = nlp.annotate(text, null);
        return speakersOf(doc, TestAgents.fromMentions(doc), words);
    }

    /** The same with the real agent extractor, for rules that depend on how it groups names. */
    private Set<String> speakersWithAgentsOf(String text, String words) {
        Document doc = nlp.annotate(text, null);
        return speakersOf(doc, new org.newsgraph.extract.agents.AgentExtractor().extract(doc), words);
    }

    private Set<String> speakersOf(Document doc, List<Agent> agents, String words) {
        Set<String> out = new TreeSet<>();
        for (Statement s : extractor.extract(doc, agents)) {
            if (s.text().contains(words)) out.add(String.valueOf(GoldScorer.speakerName(s.speaker(), agents)));
        }
        return out;
    }

    @Test
    void passiveQuotedAsSaying() {
        assertEquals(Set.of("Lena Fischer"),
                speakersOf("Lena Fischer was quoted as saying the mine would reopen in spring.", "mine would reopen"));
    }

    @Test
    void aThatClauseTheParserHungOnAMisTaggedTitleIsTheCuesContent() {
        // the tagger reads "co-host" as a verb and the parser hangs the that-clause on it
        Map<String, String> said = statementsOf("Dana Okafor told co-host Jane Miller that she honestly does not know the answer.");
        assertEquals("Dana Okafor", said.get("she honestly does not know the answer"), said.toString());
        // or on the cue's oblique
        said = statementsOf("Tom Hale hit back, saying at a campaign event last week that Okafor was not qualified for the post.");
        assertEquals("Tom Hale", said.get("Okafor was not qualified for the post"), said.toString());
    }

    @Test
    void aQuoteBeforeQuotedAsSayingIsTheQuotedPersons() {
        // the quoting verb, its subject and whom it quotes stand between the quotation and its cue
        assertEquals(Set.of("Lena Fischer"),
                speakersOf("Prices fell.\n\n\u201cThe mine will reopen in spring,\u201d the Valley Herald quoted Lena Fischer as saying.",
                        "The mine will reopen in spring"));
        assertEquals(Set.of("ANONYMOUS"),
                speakersOf("Prices fell.\n\n\"It is above all a question of trust,\" Reuters quoted a bank official as saying.",
                        "It is above all a question of trust"));
    }

    @Test
    void aCueSetOffByCommasInsideItsClauseSpeaksEvenWhereTheParserTookItForAnAppositive() {
        // parsed with "campaign" the subject of "said" and "both newspapers" its appositive
        Map<String, String> said = statementsOf("Labour will fight the election on the economy. New Labour's campaign, both "
                + "newspapers said, would be centred around the slogan \"Britain is Working\".");
        assertEquals("ANONYMOUS", said.get("New Labour's campaign would be centred around the slogan \"Britain is Working\""),
                said.toString());
    }

    @Test
    void quotedAsSayingGivesTheQuotedPerson() {
        assertEquals(Set.of("Lena Fischer"),
                speakersOf("The Valley Herald quoted Lena Fischer as saying the mine would reopen in spring.", "mine would reopen"));
    }

    @Test
    void groupsRolesAndDocumentsSpeakAsUnnamedSources() {
        assertEquals(Set.of("ANONYMOUS"), speakersOf("Republicans said the inquiry had been botched from the start.", "inquiry had been botched"));
        assertEquals(Set.of("ANONYMOUS"), speakersOf("Marta Ruiz was arrested in May. Her lawyer said she would not answer questions.", "would not answer"));
        assertEquals(Set.of("ANONYMOUS"), speakersOf("According to the survey, most farmers expect a poor harvest.", "expect a poor harvest"));
    }

    @Test
    void anUnrecognisedNameSpeaksAsAnOrganisation() {
        assertEquals(Set.of("Zorblat Analytics"), speakersOf("Zorblat Analytics said the claim was false.", "claim was false"));
    }

    @Test
    void reportedThingsAreNotSources() {
        assertEquals(Set.of(), speakersOf("Both sides agreed to return to the bargaining table.", "bargaining table"));
        assertEquals(Set.of(), speakersOf("The comet is estimated to be three times the size of the moon.", "size of the moon"));
        // the inner cue belongs to Okafor's report: one statement, hers
        assertEquals(Set.of("Ada Okafor"), speakersOf("Ada Okafor said the advertisement suggests that the city supports the plan.",
                "the city supports"));
    }

    @Test
    void aClauseWhoseSubjectWasParsedAsTheObjectIsReported() {
        assertEquals(Set.of("Lena Fischer"), speakersOf("Lena Fischer said fathers and parents who adopt would not be eligible for the leave.",
                "would not be eligible"));
    }

    @Test
    void aCueAfterALongClauseWithTheNameLast() {
        assertEquals(Set.of("Lena Fischer"), speakersOf("Lena Fischer studies taxes. The plan would expand the deduction families take, "
                + "but for some, the losses would outstrip the gains, said Fischer.", "losses would outstrip"));
    }

    @Test
    void coordinatedSpeakersEachReportTheContent() {
        assertEquals(Set.of("Carla Ortiz", "Hugo Baker"), speakersOf("Senators Carla Ortiz and Hugo Baker said the bill would fail in committee.",
                "bill would fail"));
    }

    @Test
    void aQuotedNameInsideTheReportedClause() {
        assertEquals(Set.of("Ada Okafor"), speakersOf("Speaking in Dayton, Ada Okafor says the Ohio native nicknamed “The Hammer” is a "
                + "longtime, dedicated advocate for miners.", "dedicated advocate"));
    }

    @Test
    void quantifiedGroupsRelativeClausesAndConjoinedVerbsHaveUnnamedSources() {
        assertEquals(Set.of("ANONYMOUS"), speakersOf("Those close to him say that he would have to consider a run for governor.", "consider a run"));
        assertEquals(Set.of("ANONYMOUS"), speakersOf("The host took calls from listeners who said they had doubts about the deal.", "had doubts"));
        assertEquals(Set.of("ANONYMOUS"), speakersOf("Democrats objected to the vote, and said the panel might be damaged by the move.", "panel might be damaged"));
    }

    @Test
    void aPartyAndStateInBracketsDoNotEndTheSentence() {
        assertEquals(Set.of("Carla Ortiz"), speakersOf("The governor could back a clean energy plan if it is good business, Sen. Carla Ortiz (R-S.C.) "
                + "told the Valley Herald on Thursday.", "clean energy plan"));
    }

    @Test
    void aSpeechVerbConjoinedToARelativeClauseAboutAThingHasTheMainSubject() {
        assertEquals(Set.of("Tomas Varga"), speakersOf("Tomas Varga generally backed the union during his time at the plant, which let him go "
                + "in 2019, and said he did not regret it.", "did not regret"));
    }

    @Test
    void aParticipleAfterTheCueSpeaksForTheSameSpeaker() {
        assertEquals(Set.of("Tomas Varga"), speakersOf("\"The talks are over, we are finished,\" Tomas Varga said, going on to say that "
                + "the workers have spent \"years fighting for a fair deal.\"", "workers have spent"));
    }

    @Test
    void aQuestionIsReportedAndItsAskerIsNotTheOneAsked() {
        assertEquals(Set.of("ANONYMOUS"), speakersOf("Asked whether he would raise money for other candidates, Tomas Varga said he had "
                + "not decided.", "raise money"));
        assertEquals(Set.of("Tomas Varga"), speakersOf("Asked whether he would raise money for other candidates, Tomas Varga said he had "
                + "not decided.", "not decided"));
        assertEquals(Set.of("Lena Fischer"), speakersOf("Lena Fischer asked if the budget could wait until spring.", "budget could wait"));
        // a question with a question word, "Asked" parsed as the head of the sentence or as an adverb
        assertEquals(Set.of("ANONYMOUS"), speakersOf("Asked what he personally believed about the lifestyle of gay people, he said, "
                + "\"It's the wrong thing, but for sure we have no right to judge people.\"", "personally believed"));
        assertEquals(Set.of("ANONYMOUS"), speakersOf("Asked what he believed about the plan, Hassan said it was wrong.", "believed about the plan"));
        assertEquals(Set.of(), speakersOf("Asked about the new captain, he smiled. “She is a special player,” he said.", "new captain"));
        // "Asked" hung loosely (dep) on the main verb
        assertEquals(Set.of("ANONYMOUS"), speakersOf("Asked whether the defences had worked, Ms Dunn said they had \"bought time, "
                + "nothing more\".", "defences had worked"));
    }

    @Test
    void aWordOfTheQuotationIsNoSubjectAndTheSpeakersPhraseIsNoSpeech() {
        String text = "\"Farming's a pretty cynical business,\" said Tomas Varga, a grain trader in Ohio, who sold his land last year.";
        assertEquals(Set.of("Tomas Varga"), speakersOf(text, "cynical business"));
        assertEquals(Set.of(), speakersOf(text, "grain trader"));
        // the quotation opened a sentence earlier: its last sentence's words are no subject either
        String split = "\u201cThe union is in panic mode. Full panic mode,\u201d said Tomas Varga, a Dayton-based president of the Ohio Grain "
                + "Traders Union.";
        assertEquals(Set.of("Tomas Varga"), speakersOf(split, "Full panic mode"));
    }

    @Test
    void aParticipleAfterAnyClauseSpeaksForItsSubject() {
        assertEquals(Set.of("Ana Ruiz"), speakersOf("Rival Ana Ruiz had mocked the complaint, saying anybody who complains about "
                + "a microphone \u201cis not having a good night.\u201d", "complains about"));
    }

    @Test
    void definiteRolesAndAgesReferBackToThePersonNamed() {
        assertEquals(Set.of("Tomas Varga"), speakersOf("Sen. Tomas Varga spoke in Iowa on Monday. The Vermont senator said there are "
                + "still people who feel that way.", "still people"));
        assertEquals(Set.of("Ana Ruiz"), speakersOf("Ana Ruiz spoke in Detroit. The former secretary of state said the economy "
                + "needed help.", "economy needed help"));
        assertEquals(Set.of("Tomas Varga"), speakersOf("Tomas Varga, 74, lives in Ohio. The 74-year-old said he had never voted.",
                "never voted"));
    }

    @Test
    void aPassiveSubjectSaysWhatItsInfinitiveReportsAndASecondSaidSharesTheFirstSubject() {
        assertEquals(Set.of("Varga"), speakersOf("The debate was so subdued that Mr. Varga was prompted to say, "
                + "\"So far, I cannot believe how civil it has been up here.\"", "how civil"));
        assertEquals(Set.of("Ana Ruiz"), speakersOf("Mayor Ana Ruiz spoke on Monday. Ruiz said the move was made by the police commissioner "
                + "and said, \u201cWho are you going to trust on security and keeping people safe?\u201d", "Who are you going to trust"));
    }

    @Test
    void aPostposedSurnameTheTaggerTookForAnAdjective() {
        assertEquals(Set.of("Tad Devine"), speakersOf("Tad Devine is a strategist. \u201cI don\u2019t think we will stop talking about the issues. "
                + "I think a lot of the rhetoric that was more heated, in New York for example, was the product of that white-hot "
                + "primary atmosphere,\u201d said Devine, suggesting that the upcoming contests won\u2019t be so vivifying.", "stop talking"));
    }

    @Test
    void aNameAfterTheQuotationTheTaggerTookForAnAdjective() {
        assertEquals(Set.of("Tad Devine"), speakersOf("His top aide, Tad Devine, told the Herald. \u201cWe are nowhere near the end game,\u201d "
                + "Devine declared.", "nowhere near"));
    }

    @Test
    void aParticiplesObjectIsItsAddresseeNotItsSpeaker() {
        String text = "Back in 1999, Mr. Varga expressed admiration for Mr. Ruiz's retail political skills, telling CNBC: "
                + "''I wish I could be like that. I just can't.''";
        assertEquals(Set.of("Varga"), speakersOf(text, "I wish I could"));
        assertEquals(Set.of(), speakersOf(text, "Back in 1999"));
    }

    @Test
    void theSameVerbAgainAfterTheReportedClauseIsASecondReportBySameSpeaker() {
        String text = "Dana Clark said Brooks had begun making calls to committee members but said the ultimate outcome was still up in the air.";
        assertEquals(Set.of("Dana Clark"), speakersOf(text, "still up in the air"));
        Document doc = nlp.annotate(text, null);
        List<Agent> agents = TestAgents.fromMentions(doc);
        for (Statement s : extractor.extract(doc, agents))
            if (s.text().contains("making calls")) assertEquals(false, s.text().contains("outcome"), s.text());
    }

    @Test
    void aSurnameTheTaggerTookForAnAdjectiveIsThePersonWithThatSurname() {
        String text = "His top aide, Tad Devine, told the Herald. \u201cWe are nowhere near the end game,\u201d Devine declared.";
        assertEquals(Set.of("Tad Devine"), speakersWithAgentsOf(text, "nowhere near"));
        List<Agent> agents = new org.newsgraph.extract.agents.AgentExtractor().extract(nlp.annotate(text, null));
        assertEquals(1, agents.stream().filter(a -> a.name().contains("Devine")).count(), agents.toString());
    }

    @Test
    void aQuotedQuestionOrExclamationThenANameAndItsVerb() {
        String text = "\u201cIs it over?\u201d Ana Ruiz asked. \u201cI am fine!\u201d Tomas Varga shouted. "
                + "\u201cWho would have believed it?\u201d Mr. Okafor said, looking at the crowd.";
        assertEquals(Set.of("Ana Ruiz"), speakersOf(text, "Is it over"));
        assertEquals(Set.of("Tomas Varga"), speakersOf(text, "I am fine"));
        assertEquals(Set.of("Okafor"), speakersOf(text, "Who would have believed"));
    }

    @Test
    void aNameRightBeforeTheVerbIsTheSpeakerNotTheNameItWasHungOn() {
        assertEquals(Set.of("Tomas Varga"), speakersOf("To understand the real Dred Scott, Chief Justice Tomas Varga said, one should visit "
                + "this museum.", "visit this museum"));
    }

    @Test
    void aPronounWithNoPersonSubjectBeforeIsTheOnePersonNamed() {
        String text = "Supporters of Prime Minister Tomas Varga took to the streets on "
                + "Tuesday, Reuters reported, even as he urged the government to \u201csummon parliament and restore democracy\u201d.";
        assertEquals(Set.of("Tomas Varga"), new TreeSet<>(statementsOf(text, Statement.Kind.PARTIAL_QUOTE).values()));
        // Reuters reports the whole sentence, its aside cut out
        assertEquals("Reuters", statementsOf(text).get("Supporters of Prime Minister Tomas Varga took to the streets on Tuesday even as "
                + "he urged the government to \u201csummon parliament and restore democracy\u201d"));
    }

    @Test
    void aLinkLineOfAScrapedPageDoesNotBreakTheQuotations() {
        String text = "\u201cWe are cooperating with officials,\u201d a Lumora spokesman said in response to a query.\n\n"
                + "READ | Lumora bug let blocked users see content; 800,000 accounts hit\n\n"
                + "\u201cWe have provided public testimony and answered questions.\u201d\n\n"
                + "The Valley Herald reported that regulators are looking into it.";
        assertEquals(Set.of("ANONYMOUS"), speakersOf(text, "provided public testimony"));
    }

    @Test
    void aCueSetOffByCommasInsideTheClauseReportsTheWholeClause() {
        String text = "Maria Lopez runs the harbour authority. The new pier, Lopez said, would open in the spring. "
                + "Back in March, she said, the council had cut its budget by a third. "
                + "Ferry fares were too low, said Tomas Berg, a council member, until the tolls were raised.";
        Map<String, String> said = statementsOf(text);
        assertEquals("Maria Lopez", said.get("The new pier would open in the spring"), said.toString());
        assertEquals("Maria Lopez", said.get("Back in March the council had cut its budget by a third"), said.toString());
        assertEquals("Tomas Berg", said.get("Ferry fares were too low until the tolls were raised"), said.toString());
    }

    @Test
    void whatFollowsACommaAfterTheCueCanBeItsOwn() {
        Map<String, String> said = statementsOf("Maria Lopez runs the harbour authority. The ferry will stop running, "
                + "Lopez said, adding that buses would replace it.");
        assertEquals("Maria Lopez", said.get("The ferry will stop running"), said.toString());
        assertEquals("Maria Lopez", said.get("buses would replace it"), said.toString());
    }

    @Test
    void aQuotationAfterAccordingToIsTheSourcesWords() {
        String text = "Maria Lopez and Tomas Berg met on Monday.\n\n\u201cWe will build it,\u201d Lopez said.\n\n"
                + "According to Berg, \u201cthe pier will never open. The money is gone.\u201d";
        assertEquals(Set.of("Tomas Berg"), speakersWithAgentsOf(text, "pier will never open"));
    }

    @Test
    void anInstitutionNamedAfterAPersonSpeaksAsItselfNotAsThePerson() {
        String text = "Tomas Varga is running for governor of Ohio against Maria Lopez.\n\n"
                + "The Varga campaign said the rally would go ahead.\n\nThe Lopez administration said it would appeal.\n\n"
                + "Varga said the polls were wrong.";
        assertEquals(Set.of("Varga campaign"), speakersWithAgentsOf(text, "rally would go ahead"));
        assertEquals(Set.of("Lopez administration"), speakersWithAgentsOf(text, "it would appeal"));
        assertEquals(Set.of("Tomas Varga"), speakersWithAgentsOf(text, "polls were wrong"));
    }

    @Test
    void aCueParsedInsideAnotherCuesContentIsNoAside() {
        // "asked" hangs inside the span "said" reports; cutting an aside around it broke the text
        String text = "Maria Lopez, a 26-year-old benefits manager from Akron, said before attending "
                + "Wednesday's town hall that NBC asked her to pose a question about her top issue: student debt.";
        Map<String, String> said = statementsOf(text);
        assertTrue(!said.isEmpty() && said.keySet().stream().allMatch(text::contains), said.toString());
    }

    @Test
    void aParticipleAfterAQuotationGoesOnFromTheCueBeforeIt() {
        String text = "The plant closed in May.\n\nIn a statement, Tomas Varga said: \u201cThe plant was highly profitable when it "
                + "became an independent, publicly traded company a decade ago,\u201d adding that its market value doubled in a year.";
        assertEquals(Set.of("Tomas Varga"), speakersWithAgentsOf(text, "highly profitable"));
        assertEquals(Set.of("Tomas Varga"), speakersWithAgentsOf(text, "market value doubled"));
    }

    @Test
    void aSpeechOrStatementSomeoneGaveSpeaksForThem() {
        String text = "Maria Lopez spoke in July.\n\nThe goal is to curb investors focused on short-term results, according to a "
                + "speech Ms. Lopez delivered at Ohio State University in July.";
        assertEquals(Set.of("Maria Lopez"), speakersWithAgentsOf(text, "curb investors"));
    }

    @Test
    void aQuotationThenSpeakerAndVerbIsAttributedWhereTheParseLostTheCue() {
        // the parser makes "obtained" the root and leaves "said" hanging: the layout still says who spoke
        String text = "The plea deal was announced on Friday.\n\n\u201cWe have a moral and ethical responsibility to consider any "
                + "offer from the defense, given the massive scope of the case, the advanced age of many of the victims and "
                + "witnesses, and our inherent obligations to the victims,\u201d the statement obtained by the Sacramento Bee said.";
        assertEquals(Set.of("ANONYMOUS"), speakersWithAgentsOf(text, "moral and ethical responsibility"));
    }

    @Test
    void whoObtainedADocumentDidNotWriteIt() {
        String text = "The plant will close in May, according to a memo obtained by The Valley Herald. Forecasters expect a wet "
                + "spring, according to the outlook released by the National Weather Office.";
        assertEquals(Set.of("ANONYMOUS"), speakersWithAgentsOf(text, "plant will close"));
        assertEquals(Set.of("National Weather Office"), speakersWithAgentsOf(text, "wet spring"));
    }

    @Test
    void reportedContentEndingInAQuotationKeepsItsClosingMark() {
        Map<String, String> said = statementsOf("The club\u2019s chairman, Tom Hale, said the team\u2019s \u201cspirit\u201d was "
                + "\u201csecond to none\u201d.");
        assertEquals("Tom Hale", said.get("the team\u2019s \u201cspirit\u201d was \u201csecond to none\u201d"), said.toString());
    }

    @Test
    void aFragmentQuotedBeforeTheClosingCueIsThatSpeakersAndSoIsTheQuoteAfterIt() {
        String text = "Rep. Tom Cole of Oklahoma, an ally of the leadership, said Thursday his biggest worry about Varga is that "
                + "he is \u201cunpredictable.\u201d Yet Varga is also a \u201cchange agent,\u201d Cole said. \u201cThat\u2019s exactly "
                + "what people want right now, so in that sense he\u2019s very well-positioned for a general election.\u201d"
                + "\n\nTomas Varga did not respond.";
        assertEquals(Set.of("Tom Cole"), speakersWithAgentsOf(text, "change agent"));
        assertEquals(Set.of("Tom Cole"), speakersWithAgentsOf(text, "exactly what people want"));
    }

    /** Each reported statement's text and its speaker's name. */
    private Map<String, String> statementsOf(String text) {
        return statementsOf(text, Statement.Kind.REPORTED_SPEECH);
    }

    /** Each statement of this kind: its text and its speaker's name, with the real agent extractor. */
    private Map<String, String> statementsOf(String text, Statement.Kind kind) {
        return SaidBy.texts(text, kind);
    }
}
