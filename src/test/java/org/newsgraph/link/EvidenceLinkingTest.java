package org.newsgraph.link;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.extract.AgentKind;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/** Linking with evidence against small invented gazetteers imported in each format. */
class EvidenceLinkingTest {
    static final Path DIR = Path.of("src/test/resources/link/gazetteers");
    static final LocalDate Y2016 = LocalDate.of(2016, 3, 1);

    @TempDir Path db;
    GazetteerStore store;
    GazetteerLinker linker;

    @BeforeEach
    void importAll() throws IOException {
        store = new GazetteerStore(db);
        store.save("senate", GazetteerFormats.get("everypolitician").read(DIR.resolve("legislature-term-7.csv"), "senate",
                Map.of("term.7", "2013-01-03..2017-01-03")));
        store.save("finance", GazetteerFormats.get("wdqs").read(DIR.resolve("finance-ministers.csv"), "finance", Map.of()));
        store.save("checked", GazetteerFormats.get("tsv").read(DIR.resolve("hand-verified.tsv"), "checked", Map.of()));
        store.saveNicknames("given-names", DIR.resolve("nicknames.csv"));
        linker = new GazetteerLinker(store.load());
    }

    static LinkCandidate person(String name, Set<String> titles, LocalDate date, String nearby, String... tags) {
        return new LinkCandidate("person/" + name.toLowerCase().replace(' ', '-'), AgentKind.PERSON, name, Set.of(),
                titles, Set.of(), date, nearby, Set.of(tags));
    }

    EntityLink decide(LinkCandidate c) {
        List<EntityLink> l = linker.link(List.of(c));
        assertTrue(l.size() <= 1);
        return l.isEmpty() ? null : l.get(0);
    }

    String qid(LinkCandidate c) {
        EntityLink l = decide(c);
        return l == null ? null : l.qid();
    }

    @Test
    void eachFormatImportsIntoTheNormalisedGazetteer() throws IOException {
        List<GazetteerEntry> ep = GazetteerFormats.get("everypolitician").read(DIR.resolve("legislature-term-7.csv"), "s",
                Map.of("term.7", "2013-01-03..2017-01-03"));
        assertEquals(3, ep.size(), "the row without a Wikidata id is skipped");
        GazetteerEntry morgan = ep.get(0);
        assertEquals(List.of("Alexander Morgan"), morgan.aliases(), "sort_name gives the natural order alias");
        assertEquals(new GazetteerEntry.Holding("Senate", LocalDate.of(2013, 1, 3), LocalDate.of(2017, 1, 3), "Harbor", "Eastland"),
                morgan.holdings().get(0));
        assertEquals(LocalDate.of(2015, 6, 30), ep.get(2).holdings().get(0).end(), "the row's own end date wins");

        List<GazetteerEntry> wdqs = store.load().entries().stream().filter(e -> e.qid().startsWith("Q9002")).toList();
        assertEquals(2, wdqs.size(), "rows of one item merge");
        GazetteerEntry later = wdqs.get(1);
        assertEquals("Q900202", later.qid());
        assertEquals(2, later.holdings().size());
        assertTrue(later.aliases().contains("Patricia Doyle"));
        assertTrue(store.load().entries().stream().noneMatch(e -> e.qid().equals("Q900301")), "an item without label is skipped");

        List<GazetteerEntry> tsv = GazetteerFormats.get("tsv").read(DIR.resolve("hand-verified.tsv"), "c", Map.of());
        assertEquals(List.of("place", "organization"), tsv.stream().map(GazetteerEntry::kind).toList());

        List<GazetteerStore.Listed> listed = store.list();
        assertEquals(List.of("verified", "checked", "finance", "senate", "given-names"),
                listed.stream().map(GazetteerStore.Listed::name).toList());
        assertTrue(listed.stream().filter(l -> !l.name().equals("verified")).allMatch(l -> l.bytes() > 0 && l.entries() > 0));
        assertTrue(store.remove("finance"));
        assertFalse(store.remove("finance"));
        assertTrue(new GazetteerStore(db).load().entries().stream().noneMatch(e -> e.qid().equals("Q900202")));
        assertThrows(IllegalArgumentException.class, () -> store.save("../evil", List.of()));
    }

    @Test
    void homonymousLegislatorsAreToldApartByPartyAndPlace() {
        assertEquals("Q900102", qid(person("Alex Morgan", Set.of("Sen."), Y2016, "Sen. Alex Morgan (R-Westmark) said", "R-Westmark")));
        EntityLink near = decide(person("Alex Morgan", Set.of("Sen."), Y2016, "the Harbor senator from Eastland, Alex Morgan, said"));
        assertEquals("Q900101", near.qid());
        assertEquals(List.of("Q900101", "Q900102"), near.candidates().stream().map(EntityLink.Scored::qid).toList(),
                "the rival is recorded with its score");
        EntityLink l = decide(person("Alex Morgan", Set.of(), Y2016, "", "H-East."));
        assertEquals("Q900101", l.qid());
        assertTrue(l.evidence().contains("party tag 'H-East.'"), l.evidence());
        assertTrue(l.evidence().contains("Eastland"), l.evidence());
        assertEquals(1, l.candidates().size(), "a rival of another party falls below the record line");
    }

    @Test
    void anAmbiguousNameIsLeftUnlinkedWithItsCandidates() {
        EntityLink l = decide(person("Alex Morgan", Set.of("Sen."), Y2016, "Alex Morgan voted against the bill."));
        assertNotNull(l);
        assertFalse(l.linked());
        assertEquals(0.0, l.confidence());
        assertEquals(Set.of("Q900101", "Q900102"), Set.copyOf(l.candidates().stream().map(EntityLink.Scored::qid).toList()));
        assertEquals(l.candidates().get(0).score(), l.candidates().get(1).score());
        assertTrue(l.evidence().contains("too close"), l.evidence());
    }

    @Test
    void aPositionIsWeighedAsHeldOnTheArticleDate() {
        LinkCandidate before = person("Pat Doyle", Set.of("Finance Minister"), LocalDate.of(2012, 5, 1), "");
        LinkCandidate after = person("Pat Doyle", Set.of("Finance Minister"), LocalDate.of(2016, 5, 1), "");
        assertEquals("Q900201", qid(before));
        assertEquals("Q900202", qid(after));
        assertTrue(decide(after).evidence().contains("held 'Minister of Finance 2015-01-10..' on 2016-05-01"), decide(after).evidence());
        assertNull(qid(person("Pat Doyle", Set.of(), null, "")), "no date, no title: two equal items");
    }

    @Test
    void nicknamesAndSurnamesNeedTheList() {
        EntityLink bernie = decide(person("Bernie Quill", Set.of(), LocalDate.of(2014, 5, 1), ""));
        assertEquals("Q900103", bernie.qid());
        assertTrue(bernie.evidence().contains("nickname"), bernie.evidence());
        GazetteerLinker noNicknames = new GazetteerLinker(new Gazetteer(store.load().entries(), Nicknames.NONE));
        assertTrue(noNicknames.link(List.of(person("Bernie Quill", Set.of(), LocalDate.of(2014, 5, 1), ""))).isEmpty());

        assertEquals("Q900103", qid(person("Quill", Set.of("Sen."), LocalDate.of(2014, 5, 1), "")),
                "a surname-only senator in office");
        assertNull(qid(person("Quill", Set.of(), LocalDate.of(2014, 5, 1), "")), "a bare surname alone is not enough");
        assertNull(qid(person("Quill", Set.of("Sen."), LocalDate.of(2016, 5, 1), "")), "no longer in the Senate in 2016");
    }

    @Test
    void middleInitialsAndSuffixesAgreeOrContradict() {
        GazetteerLinker g = new GazetteerLinker(new java.io.StringReader(
                "Q900601\tperson\tSamuel Okafor, Jr.\t\nQ900602\tperson\tJohn N. Kestrel\t\n"));
        LinkCandidate okafor = person("Samuel T. Okafor Jr.", Set.of(), Y2016, "");
        List<EntityLink> l = g.link(List.of(okafor));
        assertEquals("Q900601", l.get(0).qid());
        assertTrue(l.get(0).evidence().contains("suffix 'jr' agrees"), l.get(0).evidence());
        assertTrue(g.link(List.of(person("John F. Kestrel", Set.of(), Y2016, ""))).isEmpty(),
                "another middle initial is another person");
        EntityLink plain = g.link(List.of(person("John Kestrel", Set.of(), Y2016, ""))).get(0);
        assertFalse(plain.linked(), "given name and surname alone, with no context, stay a candidate");
        assertEquals(List.of(new EntityLink.Scored("Q900602", 0.5)), plain.candidates());
    }

    @Test
    void placesAndOrganisationsOfAnImportedListLinkByName() {
        LinkCandidate port = new LinkCandidate("place/port-mere", AgentKind.PLACE, "Port Mere", Set.of(), Set.of(), Set.of());
        assertEquals("Q900401", qid(port));
        LinkCandidate asPerson = new LinkCandidate("person/port-mere", AgentKind.PERSON, "Port Mere", Set.of(), Set.of(), Set.of());
        assertNull(qid(asPerson), "a place is never a person's item");
    }

    @Test
    void reviewsComeBeforeTheLinker() throws IOException {
        ReviewedLinks reviews = new ReviewedLinks(db);
        reviews.record(List.of(
                new ReviewedLinks.Review("person/pat-doyle", ReviewedLinks.Decision.CORRECT, "Q900201", "checked"),
                new ReviewedLinks.Review("person/alex-morgan", ReviewedLinks.Decision.REJECT, "Q900102", "")));
        Linker reviewed = new ReviewedLinker(linker, new ReviewedLinks(db));
        List<EntityLink> out = reviewed.link(List.of(
                person("Pat Doyle", Set.of("Finance Minister"), LocalDate.of(2016, 5, 1), ""),
                person("Alex Morgan", Set.of("Sen."), Y2016, "", "R-Westmark")));
        assertEquals("Q900201", out.get(0).qid());
        assertEquals(ReviewedLinker.METHOD, out.get(0).method());
        assertFalse(out.get(1).linked(), "the rejected item is not linked");
        assertTrue(out.get(1).evidence().contains("rejected by review"));
    }
}
