package org.newsgraph.extract.statements;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Attribution layouts read on the news and feature pages of the Postlight parser's test fixtures (New
 * York Times, Sports Illustrated, Rolling Stone, CNN, Bloomberg, Politico …; not committed). Sentences
 * written for these tests.
 */
class FeaturePagesPatternsTest {
    @Test
    void anAsideAfterTheSpeakersNameBeforeTheVerbOfSaying() {
        Map<String, String> said = SaidBy.texts("The ambassador resigned on Tuesday.\n\n“It was a blessing to go into the "
                + "council every day and defend our country,” Ms. Haley, seated next to the president in the Oval Office, told "
                + "reporters.", null);
        assertEquals("Haley", said.get("It was a blessing to go into the council every day and defend our country"), said.toString());
    }

    @Test
    void aPresentTenseVerbTheTaggerReadAsAPluralNoun() {
        Map<String, String> beams = SaidBy.texts("The owner showed visitors the new roof on Tuesday.\n\n“We talked them into not "
                + "making it their usual orange and blue,” Jones beams.", null);
        assertEquals("Jones", beams.get("We talked them into not making it their usual orange and blue"), beams.toString());
        Map<String, String> claims = SaidBy.texts("The director wanted to make a musical.\n\n“I had a little bit of capital,” "
                + "Chazelle claims, “and then I maxed it all out.”", null);
        assertEquals("Chazelle", claims.get("I had a little bit of capital"), claims.toString());
        assertEquals("Chazelle", claims.get("and then I maxed it all out"), claims.toString());
    }

    @Test
    void aRoleCapitalisedAsATitleSpeaksInTheMannerOfItsVerb() {
        Map<String, String> said = SaidBy.texts("President-elect Donald Trump spent the weekend on Twitter.\n\n“I won the "
                + "popular vote if you deduct the millions of people who voted illegally,” the President-elect fumed in a tweet.", null);
        assertEquals("Donald Trump", said.get("I won the popular vote if you deduct the millions of people who voted illegally"),
                said.toString());
    }

    @Test
    void anAdverbialAsideAfterTheSpeakerOfAnInvertedLead() {
        Map<String, String> said = SaidBy.texts("The owner asked whether the team would draft the quarterback.\n\nReplied "
                + "Stephen Jones, with some delicacy, “Well, I don't think we would.”", null);
        assertEquals("Stephen Jones", said.get("Well, I don't think we would"), said.toString());
    }

    @Test
    void anOpeningMarkTypedForTheClosingOne() {
        Map<String, String> said = SaidBy.texts("The owner remembers the early years.\n\n“I thought I was doing it for him,“ "
                + "Jerry Jones says now. “I later learned that the one who got the most out of it was me.”", null);
        assertEquals("Jerry Jones", said.get("I thought I was doing it for him"), said.toString());
        assertEquals("Jerry Jones", said.get("I later learned that the one who got the most out of it was me"), said.toString());
    }

    @Test
    void aPartyMemberOfAStateAfterAnIndefiniteArticleIsAnUnnamedSource() {
        Map<String, String> said = SaidBy.texts("The candidates debate on Tuesday.\n\n“Kaine in a blowout,” an Iowa Republican "
                + "predicted.\n\n“The only reasonable person in the race is Pence,” said a Virginia Democrat.\n\nAn Iowa Republican "
                + "said that Kaine would win.\n\n“Who cares?” asked a Democrat from Nevada.", null);
        assertEquals("ANONYMOUS", said.get("Kaine in a blowout"), said.toString());
        assertEquals("ANONYMOUS", said.get("The only reasonable person in the race is Pence"), said.toString());
        // (the tagger makes "Iowa Republican" an organisation here)
        assertEquals("ANONYMOUS", said.get("Kaine would win"), said.toString());
        assertEquals("ANONYMOUS", said.get("Who cares?"), said.toString());
        // not only a party's members: any capitalised noun after an indefinite article is a description
        Map<String, String> muslim = SaidBy.texts("The talks resumed.\n\n“It is dead,” a Muslim from Ohio said.", null);
        assertEquals("ANONYMOUS", muslim.get("It is dead"), muslim.toString());
    }

    @Test
    void anOutletThatPassedTheQuotationOnReportsNothingOfItsOwn() {
        String words = "Putin publicly blamed me for the outpouring of outrage by his own people, and that is the direct line "
                + "between what he said back then and what he did in this election";
        Map<String, String> said = SaidBy.texts("Hillary Clinton spoke to donors on Thursday.\n\n“" + words + ",” Clinton said, "
                + "The New York Times reported.", null);
        assertEquals("Hillary Clinton", said.get(words), said.toString());
        assertEquals(1, said.size(), said.toString());
        // a reported clause whose own verb is one of saying still reports
        Map<String, String> replied = SaidBy.texts("The interview never happened.\n\nJorge Ramos said Trump has not replied to "
                + "his interview requests.", null);
        assertEquals("Jorge Ramos", replied.get("Trump has not replied to his interview requests"), replied.toString());
        Map<String, String> joking = SaidBy.texts("The remark drew criticism.\n\nDonald Trump later said he was joking.", null);
        assertEquals("Donald Trump", joking.get("he was joking"), joking.toString());
    }

    @Test
    void anUnnamedSourceAfterTheCueAndTheRoleThatRefersBackToIt() {
        Map<String, String> said = SaidBy.texts("Staff are waiting for the inquiry.\n\n“No one knows what to do,” said a Fox "
                + "host.\n\n“There will be a bloodbath,” predicts one host.", null);
        assertEquals("ANONYMOUS", said.get("No one knows what to do"), said.toString());
        assertEquals("ANONYMOUS", said.get("There will be a bloodbath"), said.toString());
        Map<String, String> head = SaidBy.texts("Banks are tired of vendors.\n\n“You are vulnerable to it,” said one bank "
                + "chief information security officer.\n\n“Unless you are the NSA, attribution does not matter,” the security "
                + "head said.", null);
        assertEquals("ANONYMOUS", head.get("Unless you are the NSA, attribution does not matter"), head.toString());
    }

    @Test
    void aPlaceOpeningTheDescriptionOfANamedPersonIsWhereTheyAreFrom() {
        Map<String, String> said = SaidBy.texts("The protest went on.\n\nThe Mandan, North Dakota, police chief, Jason "
                + "Ziegler, has asserted that law enforcement agencies can use whatever force necessary.", null);
        assertEquals("Jason Ziegler", said.get("law enforcement agencies can use whatever force necessary"), said.toString());
    }

    @Test
    void asSomeonePutIt() {
        Map<String, String> said = SaidBy.texts("The talks stalled.\n\nAs Ana Ruiz put it, “We are not there yet.”\n\nAs Ruiz "
                + "put it, the plan was never going to work.\n\n“It will take years,” as Ruiz put it.\n\nRuiz put it off until the "
                + "members agreed the plan had failed.", null);
        assertEquals("Ana Ruiz", said.get("We are not there yet"), said.toString());
        assertEquals("Ana Ruiz", said.get("the plan was never going to work"), said.toString());
        assertEquals("Ana Ruiz", said.get("It will take years"), said.toString());
        // putting it off is no saying: only a clause of "as" makes "put it" a cue
        assertFalse(said.keySet().stream().anyMatch(k -> k.startsWith("it off")), said.toString());
    }

    @Test
    void inSomeonesWords() {
        Map<String, String> said = SaidBy.texts("Researchers led by Michael Shadlen studied decisions.\n\nIn Dr. Shadlen's words, "
                + "“The brain is always making bets about the future.”\n\nIn the words of one aide, “It was chaos from day one.”",
                null);
        assertEquals("Michael Shadlen", said.get("The brain is always making bets about the future"), said.toString());
        assertEquals("ANONYMOUS", said.get("It was chaos from day one"), said.toString());
    }

    @Test
    void thePresidentElectIsThePersonTheStoryFollows() {
        // the tokenizer splits "president-elect" at its hyphen: "elect" heads the phrase
        Map<String, String> said = SaidBy.texts("President-elect Donald Trump named Kellyanne Conway as counselor on Thursday."
                + "\n\n“She is a tireless and tenacious advocate of my agenda,” the president-elect said in a statement.", null);
        assertEquals("Donald Trump", said.get("She is a tireless and tenacious advocate of my agenda"), said.toString());
    }

    @Test
    void aQuotationOpeningTheParagraphAfterOneThatAnnouncedItWithAColon() {
        Map<String, String> said = SaidBy.texts("The debate went on.\n\nAnd here is what company chief John Stankey said "
                + "yesterday in response to concerns about zero rating:\n\n“I do not know why anybody would want to take something "
                + "away from customers that customers like.”", null);
        assertEquals("John Stankey", said.get("I do not know why anybody would want to take something away from customers "
                + "that customers like"), said.toString());
    }

    @Test
    void aSourceSpeaksThroughTheStatementItIssued() {
        Map<String, String> said = SaidBy.texts("The debate went on.\n\nAfter the election, Twitter issued a statement to "
                + "Slate that it would take action on accounts that violated its policies.\n\nThe ministry released a "
                + "statement:\n\n“The rules apply to all accounts, including verified accounts.”\n\nThe senator denied the "
                + "claim that he had lied.\n\nThe embassy released a statement, “We deny every part of the report.”", null);
        assertEquals("Twitter", said.get("it would take action on accounts that violated its policies"), said.toString());
        assertEquals("ANONYMOUS", said.get("The rules apply to all accounts, including verified accounts"), said.toString());
        assertEquals("ANONYMOUS", said.get("We deny every part of the report"), said.toString());
        // denying a claim is no making of it
        assertEquals(null, said.get("he had lied"), said.toString());
    }
}
