package org.newsgraph.extract.statements;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Organisations speaking through "it" and "the company" in business news, on sentences written for these tests. */
class OrganisationSpeakersTest {
    private static final String LEAD = "Lumora shares slide\n\nShares of Lumora Technologies fell 8 percent on Tuesday after the "
            + "company cut its forecast.\n\nAnalysts at Barclays said in a note that the cut was larger than expected. "
            + "\"This is a reset year,\" wrote Tom Hale, an analyst at Barclays.\n\n";

    @Test
    void itIsTheCompanyThatIsTheSubjectOfWhatItSays() {
        Map<String, String> said = SaidBy.texts(LEAD + "The company expects revenue of $4.1 billion to $4.3 billion, it said in a "
                + "statement.", null);
        // the company of the story: Barclays is named as often, but later
        assertEquals("Lumora Technologies", said.get("The company expects revenue of $4.1 billion to $4.3 billion"), said.toString());
    }

    @Test
    void itAfterAnUnnamedInstitutionThatSpokeIsThatInstitution() {
        // "it" stands for no named organisation here: without the rule the second report had no speaker and was lost
        Map<String, String> said = SaidBy.texts("Payroll audit\n\nThe finance ministry said inspectors had found ghost workers. "
                + "It added that the officials in question would be suspended.", null);
        assertEquals("ANONYMOUS", said.get("the officials in question would be suspended"), said.toString());
    }

    @Test
    void anOrganisationNamedInTheQuotationIsNotTheOneThatSaysIt() {
        Map<String, String> said = SaidBy.texts("Pay talks\n\nWorkers at the plant walked out on Monday. \"Brenmoor Steel has broken "
                + "every promise it made to us,\" said the union in a statement.", null);
        assertEquals("ANONYMOUS", said.get("Brenmoor Steel has broken every promise it made to us"), said.toString());
    }

    @Test
    void aNameSetOffAfterTheDescriptionOfAccordingToIsTheSource() {
        Map<String, String> said = SaidBy.texts("Online TV\n\nAccording to technology analysts, Vantor Research, there will be 20 "
                + "million subscribers within six years. According to its chief executive, Maria Lopez, sales will double.", null);
        assertEquals("Vantor Research", said.get("there will be 20 million subscribers within six years"), said.toString());
        assertEquals("Maria Lopez", said.get("sales will double"), said.toString());
    }

    @Test
    void itIsTheCompanyNamedAfterAPerson() {
        Map<String, String> said = SaidBy.texts("Housing\n\nThe market remains robust, according to mortgage lender Harbour & "
                + "Bingham and housebuilder George Wimpey.\n\nWimpey said the market had proved \"challenging\" last year. "
                + "\"By late summer, the market had slowed sharply,\" it added.", null);
        assertEquals("George Wimpey", said.get("By late summer, the market had slowed sharply"), said.toString());
    }

    @Test
    void itAfterASentenceWhoseSubjectIsAnUnnamedInstitution() {
        Map<String, String> said = SaidBy.texts("Agency\n\nChairman Archy Kirkwood said: \"If the agency cannot be rescued, it must be "
                + "replaced.\" The committee reached its conclusions after it found that 250,000 cases have yet to be processed. It "
                + "warned that it could be five years before the agency was \"fit for purpose\". The Harbour Board cut its "
                + "forecast on Tuesday. It said demand had weakened.", null);
        assertEquals("ANONYMOUS", said.get("fit for purpose"), said.toString());
        // the organisation the sentence before is about, not the institution that spoke last
        assertEquals("Harbour Board", said.get("demand had weakened"), said.toString());
        // an "it" the cue only inherits speaks for nobody
        said = SaidBy.texts("Poll move denied\n\nThe government has denied reports that Gordon Brown is preparing to oust Alan "
                + "Milburn as election chief.\n\nWork and pensions minister Alan Johnson said it was wrong to suggest the chancellor "
                + "would usurp Mr Milburn, adding they would \"work as a team\".", null);
        assertFalse(said.containsKey("the chancellor would usurp Mr Milburn"), said.toString());
    }

    @Test
    void itAfterASentenceWhoseSubjectIsAnOrganisation() {
        Map<String, String> said = SaidBy.texts("Forecast cut\n\nThe Harbour Board cut its forecast on Tuesday. It said demand for "
                + "shipping had weakened in the spring.", null);
        assertEquals("Harbour Board", said.get("demand for shipping had weakened in the spring"), said.toString());
    }

    @Test
    void aTitleWordTheTaggerTookForAVerb() {
        // "lead" tagged as a verb whose object is the name
        Map<String, String> said = SaidBy.texts("Stroke study\n\nThe drug cut the risk of stroke by a third. \"It is a big step,\" "
                + "said lead author Priya Nair.", null);
        assertEquals("Priya Nair", said.get("It is a big step"), said.toString());
    }

    @Test
    void anInstitutionNamedInAppositionToItsDescriptionSpeaks() {
        Map<String, String> said = SaidBy.texts("Heat record\n\nTemperatures reached 46.2C in the town of Montoro on Sunday, the "
                + "national weather agency AEMET said, the highest ever recorded in June.", null);
        assertTrue(said.containsValue("AEMET"), said.toString());
        assertTrue(said.values().stream().noneMatch("ANONYMOUS"::equals), said.toString());
    }

    @Test
    void aReportByAPlaceAndADescriptionIsTheNamedOrganisations() {
        // "by UK think-tank Demos": the parser ends the by-phrase at the place
        Map<String, String> said = SaidBy.texts("Broadband habits\n\nA quarter of broadband users in Britain regularly upload "
                + "content, according to a report by UK think-tank Demos. It said that fast connections change the way people "
                + "use the internet.", null);
        assertEquals("Demos", said.get("A quarter of broadband users in Britain regularly upload content"), said.toString());
    }

    @Test
    void aCompanyDescribedByItsCountryIsTheCompanyNamedBefore() {
        Map<String, String> said = SaidBy.texts("Oil find\n\nShares in Brenmoor Petroleum rose 4% on Tuesday after the UK firm "
                + "announced a fresh oil discovery off the coast of Namibia.", null);
        assertEquals("Brenmoor Petroleum", said.get("a fresh oil discovery off the coast of Namibia"), said.toString());
    }

    @Test
    void aFirmWhoseNameEndsInACommonPluralSpeaksByItsName() {
        Map<String, String> said = SaidBy.texts("Card fraud\n\nThe new checks have pushed fraudsters online, Ledger Decisions "
                + "said. But the clampdown has worked, consultancy Ledger Decisions says. The film took $9m, according to Cinema "
                + "Returns.", null);
        assertEquals("Ledger Decisions", said.get("The new checks have pushed fraudsters online"), said.toString());
        assertEquals("Ledger Decisions", said.get("But the clampdown has worked"), said.toString());
        assertEquals("Cinema Returns", said.get("The film took $9m"), said.toString());
        // a party's members are a group, not a firm
        said = SaidBy.texts("Budget\n\nThe budget is a mistake, Labour MPs said.", null);
        assertEquals("ANONYMOUS", said.get("The budget is a mistake"), said.toString());
    }

    @Test
    void theCompanyIsTheFirmThatSpokeByANameTheTaggerMissed() {
        Map<String, String> said = SaidBy.texts("Weak sales\n\nBrisk has said its annual profit will be lower than expected.\n\n"
                + "\"Clearance rates in our sale have been below our expectations,\" the company said.", null);
        assertEquals("Brisk", said.get("its annual profit will be lower than expected"), said.toString());
        assertEquals("Brisk", said.get("Clearance rates in our sale have been below our expectations"), said.toString());
    }

    @Test
    void theOrganisationIsTheOneNamedBefore() {
        Map<String, String> said = SaidBy.texts("Blogger jailed\n\nA spokesman for Amnesty International, which tracks press "
                + "freedom, described the sentence as harsh. \"The authorities are trying to make an example of him,\" the "
                + "organisation said in a statement.", null);
        assertEquals("Amnesty International", said.get("The authorities are trying to make an example of him"), said.toString());
    }
}
