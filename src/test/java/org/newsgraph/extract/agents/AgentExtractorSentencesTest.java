package org.newsgraph.extract.agents;

import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Agent;
import org.newsgraph.extract.AgentKind;
import org.newsgraph.extract.Span;
import org.newsgraph.resolve.AgentResolver;

import java.util.List;
import java.util.Map;

import static org.newsgraph.extract.agents.AgentsOfText.agents;
import static org.newsgraph.extract.agents.AgentsOfText.people;
import static org.newsgraph.extract.agents.AgentsOfText.person;
import static org.junit.jupiter.api.Assertions.*;

/** Agent extraction on sentences written for these tests, through the real NLP pipeline. */
class AgentExtractorSentencesTest {
    private static boolean hasTitle(Agent a, String title) {
        return a.jobTitles().stream().anyMatch(t -> t.equalsIgnoreCase(title));
    }

    @Test
    void aUnionLocalKeepsItsNumber() {
        List<Agent> as = agents("Members of UAW Local 600 voted on Sunday to accept the contract offered by Ford, the union said.");
        assertTrue(as.stream().anyMatch(a -> a.kind() == AgentKind.ORGANIZATION && a.name().equals("UAW Local 600")),
                as.toString());
    }

    @Test
    void aNewspaperCalledByTheLastWordOfItsNameIsThatNewspaper() {
        List<Agent> as = agents("The Wall Street Journal first reported the talks on Monday. The Journal reported that the deal "
                + "could be worth $2 billion.");
        List<String> orgs = as.stream().filter(a -> a.kind() == AgentKind.ORGANIZATION).map(Agent::name).toList();
        assertEquals(List.of("Wall Street Journal"), orgs, as.toString());
    }

    @Test
    void aSurnameMisspeltInOneMentionIsTheSamePerson() {
        List<Agent> as = agents("\u201cThe first half of July looks hot,\u201d Jon Gottschalck, chief of the prediction branch, told "
                + "reporters. The heat could create a ring of storms over the plains, Gottschalk told the network.");
        assertEquals(List.of("Jon Gottschalck"), people(as).stream().map(Agent::name).toList(), as.toString());
        // a short surname one letter off is another name as often as a slip: two people
        List<Agent> two = agents("Mary Dunne chairs the harbour board. Dunn, a councillor, voted against the plan.");
        assertEquals(2, people(two).size(), two.toString());
    }

    @Test
    void titleBeforeNameIsNotPartOfTheName() {
        List<Agent> as = agents("Defence Minister Anna Kowalska said on Monday that the army would receive new tanks.");
        Agent p = person(as, "Anna Kowalska");
        assertTrue(hasTitle(p, "Defence Minister"), p.toString());
        assertEquals(1, people(as).size(), as.toString());
    }

    @Test
    void aDashSetOffBySpacesSeparatesNamesAndAHyphenDoesNot() {
        List<Agent> as = agents("Keith Scott was shot on Tuesday. The officer who shot Scott - Brentley Vinson, who was placed on leave - "
                + "was not wearing a camera, police said. Sarah Perkins-Kirkpatrick said the video was clear.");
        assertEquals(List.of("Brentley Vinson", "Keith Scott", "Sarah Perkins-Kirkpatrick"),
                people(as).stream().map(Agent::name).sorted().toList(), as.toString());
    }

    @Test
    void titleWithOfComplementAndNationality() {
        List<Agent> as = agents("Secretary of State Laura Hendricks and German Chancellor Klaus Weber met in Brussels on Friday.");
        assertTrue(hasTitle(person(as, "Laura Hendricks"), "Secretary of State"), as.toString());
        assertTrue(hasTitle(person(as, "Klaus Weber"), "German Chancellor"), as.toString());
        assertTrue(as.stream().anyMatch(a -> a.kind() == AgentKind.PLACE && a.name().equals("Brussels")), as.toString());
        assertTrue(as.stream().noneMatch(a -> a.name().equals("German")), "nationality adjective is no agent: " + as);
    }

    @Test
    void appositiveTitleAfterName() {
        List<Agent> as = agents("Helen Carter, a senior analyst at the Brookings Institution, said the plan was risky. "
                + "Tom Becker, the former minister of finance, declined to comment.");
        Agent carter = person(as, "Helen Carter");
        assertTrue(hasTitle(carter, "senior analyst"), carter.toString());
        assertTrue(carter.jobTitles().stream().noneMatch(t -> t.contains("Brookings")), carter.toString());
        assertTrue(hasTitle(person(as, "Tom Becker"), "former minister of finance"), as.toString());
        assertTrue(as.stream().anyMatch(a -> a.kind() == AgentKind.ORGANIZATION && a.name().contains("Brookings")), as.toString());
    }

    @Test
    void titleFollowedByAnotherNameBelongsToThatName() {
        List<Agent> as = agents("The delegation included Anna Berg, Army General Paul Hurst and two aides.");
        Agent berg = person(as, "Anna Berg");
        assertTrue(berg.jobTitles().isEmpty(), berg.toString());
        assertTrue(person(as, "Paul Hurst").jobTitles().stream().anyMatch(t -> t.endsWith("General")), as.toString());
    }

    @Test
    void commaTitleBeforeName() {
        List<Agent> as = agents("Poland's foreign minister, Tomasz Nowicki, said the border would stay open.");
        assertTrue(hasTitle(person(as, "Tomasz Nowicki"), "foreign minister"), as.toString());
    }

    @Test
    void shortFormsResolveToTheFullestName() {
        String text = "Prime Minister Rachel Osborne visited Lisbon on Tuesday. "
                + "Osborne told reporters the visit had gone well, and President Osborne's critics were silent.";
        List<Agent> as = agents(text);
        List<Agent> ps = people(as);
        assertEquals(1, ps.size(), ps.toString());
        Agent p = ps.get(0);
        assertEquals("Rachel Osborne", p.name());
        assertTrue(p.alternateNames().contains("Osborne"), p.toString());
        assertTrue(p.key().startsWith("person:"), p.key());
        int second = text.indexOf("Osborne told");
        assertTrue(p.mentionedAt(new Span(second, second + "Osborne".length())), "short form span maps to the person");
        assertTrue(hasTitle(p, "Prime Minister"), p.toString());
    }

    @Test
    void aNounOfFamilyBeforeAFullNameShowsTheGenderAnHonorificWould() {
        // "Zorana" is in no first-name list: "his daughter" is what tells that Mr. Petrak is not she
        List<Agent> as = agents("Mr. Petrak praised the ambassador on Tuesday. He said his daughter Zorana Petrak would be "
                + "a fine successor. Mr. Petrak said he would decide soon.");
        Agent father = person(as, "Petrak");
        Agent daughter = person(as, "Zorana Petrak");
        assertNotEquals(father.key(), daughter.key());
        // without the noun of family the short forms join the full name, as before
        List<Agent> one = people(agents("Mr. Petrak praised the ambassador on Tuesday. He said Zorana Petrak would be a fine "
                + "successor. Mr. Petrak said he would decide soon."));
        assertEquals(1, one.size(), one.toString());
    }

    @Test
    void surnameBeforeFullNameStillResolves() {
        List<Agent> as = agents("Lindqvist arrived late. Later, Finance Minister Erik Lindqvist said the budget was balanced.");
        List<Agent> ps = people(as);
        assertEquals(1, ps.size(), ps.toString());
        assertEquals("Erik Lindqvist", ps.get(0).name());
        assertEquals(2, ps.get(0).mentions().size(), ps.toString());
    }

    @Test
    void possessiveMapsToThePerson() {
        String text = "Senator Mark Dunnigan criticised the bill on Thursday. Dunnigan’s office later issued a statement, "
                + "and Dunnigan's aides said he would vote against it.";
        List<Agent> as = agents(text);
        Agent p = person(as, "Mark Dunnigan");
        assertEquals(3, p.mentions().size(), p.toString());
        int pos = text.indexOf("Dunnigan’s");
        assertTrue(p.mentionedAt(new Span(pos, pos + 8)));
        assertTrue(as.stream().filter(a -> a.kind() != AgentKind.PERSON).noneMatch(a -> a.name().contains("Dunnigan")), as.toString());
        assertTrue(p.alternateNames().stream().noneMatch(n -> n.contains("'") || n.contains("’")), p.toString());
    }

    @Test
    void pronounsAreNeverPeople() {
        List<Agent> as = agents("Maria Gonzalez said she had told him about it. He thanked her, and they left together. "
                + "His office said we would hear from them soon.");
        List<Agent> ps = people(as);
        assertEquals(List.of("Maria Gonzalez"), ps.stream().map(Agent::name).toList(), ps.toString());
    }

    @Test
    void bareTitlesAreNeverPeople() {
        List<Agent> as = agents("The president said the minister would resign. The Prime Minister declined to comment, "
                + "and President said nothing. The Secretary of State was not informed.");
        assertTrue(people(as).isEmpty(), as.toString());
    }

    @Test
    void organisationsAreNeverPeople() {
        List<Agent> as = agents("Reuters reported that the White House and NATO had been informed, a spokesperson told Axios. "
                + "The Kremlin declined to comment to the BBC, and the CIA did not respond to CNN.");
        assertTrue(people(as).isEmpty(), as.toString());
        for (String org : List.of("Reuters", "White House", "NATO", "Axios", "Kremlin", "BBC", "CIA", "CNN")) {
            assertTrue(as.stream().anyMatch(a -> a.kind() == AgentKind.ORGANIZATION && a.name().equals(org)),
                    org + " should be an organisation: " + as);
        }
    }

    @Test
    void placesAndAcronymsMerge() {
        List<Agent> as = agents("The United States sent aid to Poland. US officials said Warsaw had asked for it.");
        Agent us = as.stream().filter(a -> a.name().equals("United States")).findFirst().orElseThrow(() -> new AssertionError(as));
        assertEquals(AgentKind.PLACE, us.kind());
        assertTrue(us.alternateNames().contains("US"), us.toString());
        assertTrue(as.stream().anyMatch(a -> a.kind() == AgentKind.PLACE && a.name().equals("Warsaw")), as.toString());
        assertTrue(people(as).isEmpty(), as.toString());
    }

    @Test
    void spellingVariantsMergeAcrossArticles() {
        AgentResolver resolver = new AgentResolver();
        Agent a = person(agents("Ukrainian President Volodymyr Zelensky spoke in Kyiv."), "Volodymyr Zelensky");
        Agent b = person(agents("President Volodymyr Zelenskyy addressed parliament on Monday."), "Volodymyr Zelenskyy");
        Map<String, String> ia = resolver.resolve(List.of(a));
        Map<String, String> ib = resolver.resolve(List.of(b));
        assertEquals(ia.get(a.key()), ib.get(b.key()));
        Agent c = people(agents("Zelenskiy said the talks would resume.")).get(0);
        assertEquals(ia.get(a.key()), resolver.resolve(List.of(c)).get(c.key()), "surname-only variant maps to the known person");
    }

    @Test
    void aVerbIsNoTitle() {
        List<Agent> as = agents("The city agreed to host Martin Kovac at the summit next spring.");
        Agent p = person(as, "Martin Kovac");
        assertTrue(p.jobTitles().isEmpty(), p.toString());
    }

    @Test
    void surnameWithParticleResolves() {
        List<Agent> as = agents("European Commission President Ursula von der Leyen arrived in Kyiv. "
                + "The aid will continue, von der Leyen told reporters.");
        List<Agent> ps = people(as);
        assertEquals(1, ps.size(), ps.toString());
        assertEquals("Ursula von der Leyen", ps.get(0).name());
        assertTrue(hasTitle(ps.get(0), "European Commission President"), ps.toString());
    }

    @Test
    void abbreviatedTitlesAndTitleWordsTaggedAsOrganisations() {
        List<Agent> as = agents("Defense Secretary Peter Halloran will travel with Gen. Dana Whitcombe, the chairman of the Joint Chiefs of Staff.");
        assertTrue(hasTitle(person(as, "Peter Halloran"), "Defense Secretary"), as.toString());
        Agent w = person(as, "Dana Whitcombe");
        assertTrue(hasTitle(w, "Gen."), w.toString());
        assertTrue(hasTitle(w, "chairman of the Joint Chiefs of Staff"), w.toString());
        assertTrue(as.stream().noneMatch(a -> a.name().equals("Defense")), "a title word is no organisation: " + as);
    }

    // British style drops the abbreviation's full stop
    @Test
    void abbreviatedTitlesWithoutFullStop() {
        List<Agent> as = agents("Col Dana Whitfield of the ministry met Maj Tom Ruddock in Basra.");
        assertTrue(hasTitle(person(as, "Dana Whitfield"), "Col"), as.toString());
        assertTrue(hasTitle(person(as, "Tom Ruddock"), "Maj"), as.toString());
    }

    // ---- held-out generalisation rules ----

    @Test
    void quotedNicknameIsNotPartOfTheName() {
        List<Agent> as = agents("For thirty years, Eleanor “Nell” Whitcombe ran the ferry. Whitcombe retired in May.");
        Agent p = person(as, "Eleanor Whitcombe");
        assertTrue(p.alternateNames().contains("Whitcombe") || p.mentions().size() >= 2, p.toString());
        assertTrue(people(as).stream().noneMatch(a -> a.name().contains("Nell")), as.toString());
    }

    @Test
    void firstWordOfACompanyNameIsTheCompanyNotAPerson() {
        List<Agent> as = agents("Velocor Systems is recalling 40,000 scooters. Velocor said the batteries could overheat.");
        assertTrue(people(as).isEmpty(), "no person: " + as);
        Agent org = as.stream().filter(a -> a.kind() == AgentKind.ORGANIZATION && a.name().equals("Velocor Systems"))
                .findFirst().orElseThrow(() -> new AssertionError(as.toString()));
        assertTrue(org.alternateNames().contains("Velocor"), org.toString());
    }

    @Test
    void firstNameAloneIsThePersonWithThatFirstName() {
        List<Agent> as = agents("Striker Ingrid Solberg scored twice. “Ingrid was unstoppable tonight,” the coach said.");
        assertEquals(1, people(as).size(), as.toString());
        assertTrue(person(as, "Ingrid Solberg").mentions().size() >= 2, as.toString());
    }

    @Test
    void sportsRolesAreTitles() {
        List<Agent> as = agents("Goalkeeper Tomas Berg made six saves for Ashvale.");
        assertTrue(hasTitle(person(as, "Tomas Berg"), "Goalkeeper"), as.toString());
    }

    @Test
    void anHonorificOfTheOtherGenderKeepsASurnameApart() {
        List<Agent> as = agents("Mr. Osborne spoke first. The minister's wife, Rachel Osborne, spoke next. "
                + "Mr. Osborne thanked the crowd, and Mrs. Osborne waved.");
        Agent rachel = person(as, "Rachel Osborne");
        assertEquals(2, rachel.mentions().size(), rachel.toString());
        assertTrue(people(as).stream().anyMatch(p -> p.name().equals("Osborne") && p.mentions().size() == 2), as.toString());
    }

    @Test
    void aSurnameLongBeforeAnyFullNameIsSomeoneElse() {
        List<Agent> as = agents("President Osborne opened the summit. The talks began at noon. Delegates argued over tariffs. "
                + "A draft was circulated. Farmers protested outside. Police closed the road. The delegates ate lunch. "
                + "Reporters waited in the hall. Then Rachel Osborne, his daughter, arrived.");
        assertEquals(1, person(as, "Rachel Osborne").mentions().size(), as.toString());
        assertTrue(people(as).stream().anyMatch(p -> p.name().equals("Osborne")), as.toString());
    }

    @Test
    void aCapitalisedSurnameParticleOpeningASentenceIsTheSamePerson() {
        List<Agent> as = agents("Mayor Bill de Blasio spoke on Monday. De Blasio said the move was made by the police.");
        assertEquals(2, person(as, "Bill de Blasio").mentions().size(), as.toString());
        assertEquals(1, people(as).size(), as.toString());
        List<Agent> van = agents("Van Jones spoke on Monday. Jones said the plan would fail.");
        assertEquals("Van Jones", people(van).get(0).name(), van.toString());
    }

    @Test
    void aCompanyIsNamedWithoutItsLegalForm() {
        List<Agent> as = agents("Lumora Systems Inc. said its earnings would fall. Lumora tumbled 10 percent.");
        Agent lumora = as.stream().filter(a -> a.kind() == AgentKind.ORGANIZATION).findFirst().orElseThrow();
        assertEquals("Lumora Systems", lumora.name(), as.toString());
        assertTrue(lumora.alternateNames().contains("Lumora Systems Inc."), lumora.toString());
        assertEquals("Acme Holdings", AgentExtractor.withoutLegalForm("Acme Holdings, plc", AgentLexicon.standard()));
        assertEquals("Inc.", AgentExtractor.withoutLegalForm("Inc.", AgentLexicon.standard()));
    }

    @Test
    void aPlacesFirstWordIsAnotherPlace() {
        List<Agent> as = agents("Ana Ruiz flew to Washington on Monday. She rallied her supporters in Washington Square Park in New York.");
        List<String> places = as.stream().filter(a -> a.kind() == AgentKind.PLACE).map(Agent::name).toList();
        assertTrue(places.contains("Washington") && places.contains("Washington Square Park"), as.toString());
    }

    @Test
    void twoFirstNamesBeforeOneSurnameAreTwoPeople() {
        List<Agent> as = agents("The parents, Tomas and Ilse Varga, spoke at the convention on Thursday. Mr. Varga held up a copy "
                + "of the constitution.");
        assertTrue(people(as).stream().anyMatch(a -> a.name().equals("Tomas Varga")), as.toString());
        assertTrue(people(as).stream().anyMatch(a -> a.name().equals("Ilse Varga")), as.toString());
        assertTrue(people(as).stream().noneMatch(a -> a.name().equals("Tomas")), as.toString());
        // a first name that belongs to someone named in full keeps that person
        List<Agent> kept = agents("Dana Whitcombe toured the state with her running mate. On Friday, Dana and Oren Lask "
                + "waved to the crowd.");
        assertTrue(people(kept).stream().noneMatch(a -> a.name().equals("Dana Lask")), kept.toString());
    }

    @Test
    void aSurnameBeforeAndAFullNameIsNoSharedSurname() {
        // a title before the word makes it a surname
        List<Agent> titled = agents("President Okafor and Maria Lindqvist did not react to the attack.");
        assertTrue(people(titled).stream().noneMatch(a -> a.name().equals("Okafor Lindqvist")), titled.toString());
        // so does a full name ending with it, or the word alone as a person elsewhere
        List<Agent> named = agents("Daniel Okafor spoke first. Later, Okafor and Maria Lindqvist met the press.");
        assertTrue(people(named).stream().noneMatch(a -> a.name().equals("Okafor Lindqvist")), named.toString());
        List<Agent> alone = agents("Okafor and Maria Lindqvist met the press. Okafor said little.");
        assertTrue(people(alone).stream().noneMatch(a -> a.name().equals("Okafor Lindqvist")), alone.toString());
    }

    @Test
    void aSurnameWithALowerCaseParticleIsOneName() {
        // the tagger ends the name at "ten" (a number to it) and tags "Hag" a common noun
        List<Agent> as = agents("United were held to a draw on Saturday, leaving Erik ten Hag under pressure. Ten Hag replied: "
                + "\"I am not thinking about that.\"");
        assertEquals(List.of("Erik ten Hag"), people(as).stream().map(Agent::name).toList(), as.toString());
    }

    @Test
    void aSurnameTheTaggerTypedAsAnOrganisationIsThePersonWhereTheArticleWritesThePersonMore() {
        List<Agent> as = agents("Donald Trump launched his campaign on Monday. The Times received the first pages of Trump\u2019s "
                + "1995 state income tax filings. The spot ends with footage of Trump saying, \u201cThat makes me smart.\u201d "
                + "Trump said he would appeal. Trump added that he had paid every tax he owed.");
        assertTrue(as.stream().noneMatch(a -> a.kind() == AgentKind.ORGANIZATION && a.name().equals("Trump")), as.toString());
        assertEquals(List.of("Donald Trump"), people(as).stream().map(Agent::name).toList(), as.toString());
    }

    @Test
    void aCompanyNamedAfterAPersonOfTheArticleStaysACompanyWhereItIsNamedMore() {
        List<Agent> as = agents("Ford said on Tuesday it would recall 40,000 trucks. Ford shares fell 3 percent. "
                + "Ford will repair the trucks for free. Bill Ford, the executive chairman, said the company regretted the fault.");
        assertTrue(as.stream().anyMatch(a -> a.kind() == AgentKind.ORGANIZATION && a.name().equals("Ford")), as.toString());
        assertEquals(List.of("Bill Ford"), people(as).stream().map(Agent::name).toList(), as.toString());
    }

    @Test
    void aSurnameOnlyPersonKeepsTheHonorificThatTellsWhichNamesakeItIs() {
        List<Agent> as = agents("Michael Howard launched the campaign on Monday. Mrs Howard will make solo visits to target seats, "
                + "and Mr Howard will host a news conference every morning.");
        Agent wife = people(as).stream().filter(a -> a.name().equals("Howard")).findFirst().orElseThrow(() -> new AssertionError(as));
        assertTrue(wife.alternateNames().contains("Mrs Howard"), wife.toString());
        assertFalse(person(as, "Michael Howard").alternateNames().contains("Mrs Howard"), as.toString());
    }
}
