package org.newsgraph.extract.statements;

import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Statement;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Attribution layouts read on the news pages of Mozilla Readability's test set (BBC, Guardian, New
 * York Times, Washington Post, Telegraph, BuzzFeed, Seattle Times …; not committed). Sentences written
 * for these tests.
 */
class NewsPagesPatternsTest {
    @Test
    void aQuotationThatOpensAReportGoingOnInTheWritersWords() {
        Map<String, String> law = SaidBy.texts("Lawmakers are drafting a new bill. \"We must pay attention to what is written\" "
                + "in that law, Azzouz said.", Statement.Kind.PARTIAL_QUOTE);
        assertEquals("Azzouz", law.get("We must pay attention to what is written"), law.toString());
        Map<String, String> power = SaidBy.texts("\"Ennahda is responsible for the current deterioration of the situation, "
                + "because they were careless with the extremists\" while they were in power, Azzouz said.", null);
        assertEquals("Azzouz", power.get("Ennahda is responsible for the current deterioration of the situation, because they "
                + "were careless with the extremists"), power.toString());
    }

    @Test
    void aQuotationClosedByItsCommaIsNoPartOfTheCuesSubject() {
        // parsed with the quotation and "her mother" as what "said" reports, the quotation opening it
        Map<String, String> said = SaidBy.texts("Lena Marsh, 21, was taken to hospital on 12 April after taking a lethal dose of "
                + "highly toxic “slimming tablets”.\n\n“The pill was in her blood, there was no anti-dote, two tablets was a lethal "
                + "dose – and she had swallowed eight,” her mother, Fiona, said in a statement yesterday.", null);
        assertFalse(said.keySet().stream().anyMatch(k -> k.contains("her mother")), said.toString());
        assertEquals("Fiona", said.get("The pill was in her blood, there was no anti-dote, two tablets was a lethal dose – and she "
                + "had swallowed eight"), said.toString());
    }

    @Test
    void theSecondOfTwoJoinedVerbsReportsAClauseWhoseSubjectTheParserMadeItsObject() {
        Map<String, String> said = SaidBy.texts("In Washington, White House press secretary Josh Earnest condemned the attack and "
                + "said the U.S. government was willing to assist Tunisian authorities in the investigation.", null);
        assertEquals("Josh Earnest", said.get("the U.S. government was willing to assist Tunisian authorities in the investigation"),
                said.toString());
    }

    @Test
    void aThatTheParserMadeTheHeadOfTheClauseItOpens() {
        Map<String, String> said = SaidBy.texts("Prime Minister Habib Essid said that in addition to the slain foreigners — from "
                + "Italy, Poland, Germany and Spain — a local museum worker and a security official were killed.", null);
        assertEquals("Habib Essid", said.get("in addition to the slain foreigners — from Italy, Poland, Germany and Spain — a "
                + "local museum worker and a security official were killed"), said.toString());
    }

    @Test
    void anInvertedNameWithARelativeClauseSpeaksAndIsNoPartOfTheReport() {
        Map<String, String> said = SaidBy.texts("Potholes form when water and salt seep into cracks, freeze and expand, creating a "
                + "larger crevice, said Joe Carbone, who works for the Transportation Department, where he is known as the pothole "
                + "chief.", null);
        assertEquals("Joe Carbone", said.get("Potholes form when water and salt seep into cracks, freeze and expand, creating a "
                + "larger crevice"), said.toString());
    }

    @Test
    void aVerbOfARelativeClauseWithAThingForObjectReportsNothing() {
        Map<String, String> said = SaidBy.texts("Con Edison, which maintains 4,300 miles of gas mains in and around New York "
                + "City, records about 500 leaks in a typical month.", null);
        assertTrue(said.isEmpty(), said.toString());
    }

    @Test
    void anInvertedAsideAfterTheSubjectOfTheClauseItInterrupts() {
        Map<String, String> said = SaidBy.texts("The combination, say economists, marks a journey into mostly uncharted "
                + "financial territory.", null);
        assertEquals("ANONYMOUS", said.get("The combination marks a journey into mostly uncharted financial territory"),
                said.toString());
    }

    @Test
    void aPassiveVerbOfCharacterisingSpeaksForItsAgent() {
        Map<String, String> said = SaidBy.texts("The Department of Conservation counts every whale. The recent spate of mass "
                + "strandings has been described as \"heartbreaking\" by the Department of Conservation.", Statement.Kind.PARTIAL_QUOTE);
        assertEquals("Department of Conservation", said.get("heartbreaking"), said.toString());
    }

    @Test
    void nobodySpeaksAndNobodySeemsToSpeak() {
        Map<String, String> said = SaidBy.texts("Although no group claimed responsibility, the bloodshed raised fears of more "
                + "attacks. There was a flicker across the president's face as if to say \"You think you got me?\" before his smile "
                + "returned.", null);
        assertTrue(said.isEmpty(), said.toString());
    }

    @Test
    void aVerbOfWritingAboutATopicBeforeASecondPredicateIsNoAside() {
        Map<String, String> wrote = SaidBy.texts("Nelson Schwartz has covered economics since 2012. Previously, he wrote about "
                + "Wall Street and banking, and also served as European economic correspondent in Paris.", null);
        assertTrue(wrote.isEmpty(), wrote.toString());
        // an aside after a clause's subject still interrupts it, "and" or not
        Map<String, String> findings = SaidBy.texts("The findings provide unique insights into the biology of consciousness, say "
                + "the researchers, and they bring us closer to understanding the human mind.", null);
        assertTrue(findings.keySet().stream().anyMatch(k -> k.contains("they bring us closer")), findings.toString());
    }

    @Test
    void divulgingReports() {
        Map<String, String> said = SaidBy.texts("Officials divulged Thursday that the government had allowed two visits by "
                + "American operatives to a restricted border area.", null);
        assertEquals("ANONYMOUS", said.get("the government had allowed two visits by American operatives to a restricted border "
                + "area"), said.toString());
    }

    @Test
    void aThingThatSuggestsReportsNoOnesWords() {
        Map<String, String> said = SaidBy.texts("The move suggests that the drug is safe. Doctors suggest that the dose is too "
                + "high. The study suggests that drivers are underpaid. The events could signal a change for the colony.", null);
        assertFalse(said.containsKey("the drug is safe"), said.toString());
        assertFalse(said.keySet().stream().anyMatch(k -> k.contains("a change for the colony")), said.toString());
        assertEquals("ANONYMOUS", said.get("the dose is too high"), said.toString());
        assertEquals("ANONYMOUS", said.get("drivers are underpaid"), said.toString());
        // a poll carries information, and speaks
        Map<String, String> poll = SaidBy.texts("The poll indicates a tightening race as Trump consolidates the support of his "
                + "party.", null);
        assertEquals("ANONYMOUS", poll.get("a tightening race as Trump consolidates the support of his party"), poll.toString());
    }

    @Test
    void aSourceSetOffBeforeAClauseFinalVerbTheParserLeftWithoutSubject() {
        Map<String, String> said = SaidBy.texts("Zimbabwe President Robert Mugabe, his wife Grace and two key figures from her "
                + "political faction are under house arrest at his compound in Harare and are insisting the 93 year-old finishes "
                + "his presidential term, a source said.", null);
        assertTrue(said.entrySet().stream().anyMatch(e -> e.getKey().contains("are insisting the 93 year-old finishes his "
                + "presidential term") && e.getValue().equals("ANONYMOUS")), said.toString());
    }

    @Test
    void theCompanyIsTheOneTheStoryIsAboutNotOneNamedOnceWhoseNameEndsInCompany() {
        Map<String, String> said = SaidBy.texts("Walmart cut the price of halibut this week. Walmart has 500 stores in Texas. "
                + "The fish came from the Dana Besecker Company, a Seattle buyer. Walmart plans 300 more promotions. The "
                + "company also said it was lowering prices across the store.", null);
        assertEquals("Walmart", said.get("it was lowering prices across the store"), said.toString());
    }

    @Test
    void aPassiveWithNoAgentNamesNoSpeakerAndIsWhatTheClauseFinalCueReports() {
        Map<String, String> said = SaidBy.texts("Next steps to shape the company's future will be revealed in an all-company "
                + "meeting on Friday, Claure said in the email.", null);
        assertEquals(Map.of("Next steps to shape the company's future will be revealed in an all-company meeting on Friday",
                "Claure"), said);
    }

    @Test
    void wordsOfWhatWasSaidTakenForANegatedSubjectDoNotSilenceTheCue() {
        Map<String, String> said = SaidBy.texts("\"Gethin won't be intimidated tomorrow, none of us will,\" said Jones, who will be "
                + "facing France for the first time.", Statement.Kind.DIRECT_QUOTE);
        assertEquals("Jones", said.get("Gethin won't be intimidated tomorrow, none of us will"), said.toString());
        Map<String, String> headline = SaidBy.texts("No election TV debate, says Blair\n\nTony Blair has ruled out a debate.", null);
        assertEquals("Tony Blair", headline.get("No election TV debate"), headline.toString());
    }

    @Test
    void aRelativeClauseOnTheThingAVerbTalksAboutIsNoReportedClause() {
        Map<String, String> wrote = SaidBy.texts("Nobody recalls how Hamilton and Gille wrote the specific programs that produced "
                + "the first pictures of chaos.", null);
        assertTrue(wrote.isEmpty(), wrote.toString());
        // while after "said" the parser's relative clause may hold the reported clause's own verb
        Map<String, String> said = SaidBy.texts("Tim Warner spoke at the conference. He said behavioural systems that monitor what "
                + "users do can help to spot when viruses have penetrated organisations.", null);
        assertEquals("Tim Warner", said.get("behavioural systems that monitor what users do can help to spot when viruses have "
                + "penetrated organisations"), said.toString());
    }

    @Test
    void divulgingAThingReportsIt() {
        Map<String, String> said = SaidBy.texts("David Morales flew to Las Vegas in 2017. When Morales returned from Vegas to his "
                + "home base in Spain, he divulged details of the deal to his business partner.", null);
        assertFalse(said.containsKey("When Morales returned from Vegas to his home base in Spain"), said.toString());
        assertEquals("details of the deal", said.keySet().iterator().next(), said.toString());
        // the thing a participle of saying describes, without its preposition
        Map<String, String> plan = SaidBy.texts("The alleged robbery of an official in Quito was consistent with another violent "
                + "plan divulged by a former UC Global employee in the Spanish court.", null);
        assertEquals(Map.of("another violent plan", "ANONYMOUS"), plan);
    }

    @Test
    void aParticipleOnWhereTheSubjectPostedSpeaksForTheSubject() {
        Map<String, String> said = SaidBy.texts("Snopes fact checker and staff writer David Emery posted to Twitter asking if there "
                + "were \"any un-angry Trump supporters?\"", Statement.Kind.PARTIAL_QUOTE);
        assertEquals("David Emery", said.get("any un-angry Trump supporters?"), said.toString());
    }

    @Test
    void aReportedClauseHungBelowTheLastNounIsStillReported() {
        Map<String, String> said = SaidBy.texts("The report also suggested the U.S. might not be the \"jobs machine\" it thinks it "
                + "is, when compared to other countries.", null);
        assertEquals("ANONYMOUS", said.get("the U.S. might not be the \"jobs machine\" it thinks it is, when compared to other "
                + "countries"), said.toString());
    }

    @Test
    void aTermThatDescribesIsNoSpeaker() {
        Map<String, String> said = SaidBy.texts("Neon lighting is a catchall term that describes the technology of glass tubing "
                + "that contains gas, as the expert explained that neon glows.", null);
        assertFalse(said.keySet().stream().anyMatch(k -> k.contains("technology of glass tubing")), said.toString());
    }

    @Test
    void aQuotationOfANameJoinedToAMisparsedSubject() {
        Map<String, String> said = SaidBy.texts("That was when Apple shipped its first-ever Retina display and Steve Jobs said "
                + "that, once you use it, \"you can't go back.\"", Statement.Kind.DIRECT_QUOTE);
        assertEquals("Steve Jobs", said.get("you can't go back"), said.toString());
    }

    @Test
    void aQuotationWhoseLastSentenceOpensTheReportOfAnInvertedCue() {
        Map<String, String> said = SaidBy.texts("\"The president wants the option of having a bigger deal with China. Bigger than "
                + "just the little deal\" announced in October, said Derek Scissors, a China scholar with the American Enterprise "
                + "Institute in Washington.", Statement.Kind.PARTIAL_QUOTE);
        assertEquals("Derek Scissors", said.get("The president wants the option of having a bigger deal with China. Bigger than "
                + "just the little deal"), said.toString());
    }

    @Test
    void anAgeBeforeAndAPlaceAfterTheNameOfAnInvertedCue() {
        Map<String, String> said = SaidBy.texts("\"Two months after the onset of the symptoms, I was unable to stand or walk for "
                + "more than a few minutes,\" wrote 43-year-old Martin Taylor of Aberdeenshire, Scotland, in a case study "
                + "published Monday in the journal BMJ.", Statement.Kind.DIRECT_QUOTE);
        assertEquals("Martin Taylor", said.get("Two months after the onset of the symptoms, I was unable to stand or walk for more "
                + "than a few minutes"), said.toString());
    }

    @Test
    void theCuesAuxiliaryAfterTheSpeakerAndHisDescription() {
        Map<String, String> said = SaidBy.texts("\"If the U.S. imposes a tariff on Chinese televisions, the duty is paid at the "
                + "border by a U.S. importer — say, Costco,\" Howard Gleckman, a senior fellow at the Tax Policy Center, has "
                + "written. \"The Chinese government pays nothing.\"", Statement.Kind.DIRECT_QUOTE);
        assertEquals("Howard Gleckman", said.get("If the U.S. imposes a tariff on Chinese televisions, the duty is paid at the "
                + "border by a U.S. importer — say, Costco"), said.toString());
        assertEquals("Howard Gleckman", said.get("The Chinese government pays nothing"), said.toString());
    }
}
