package org.newsgraph.link;

import org.newsgraph.text.NameFolding;

import org.junit.jupiter.api.Test;
import org.newsgraph.extract.AgentKind;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class GazetteerLinkerTest {
    static final GazetteerLinker GAZ = new GazetteerLinker();
    static final Path VERIFIED = org.newsgraph.TestData.VERIFIED_IDS;

    static LinkCandidate cand(String kind, String name, String... alternates) {
        String id = kind + "/" + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        if (kind.equals("event")) return LinkCandidate.event(id, name, Set.of(alternates));
        AgentKind k = AgentKind.valueOf(kind.toUpperCase(Locale.ROOT));
        return new LinkCandidate(id, k, name, Set.of(alternates), Set.of(), Set.of());
    }

    static String qid(LinkCandidate c) {
        List<EntityLink> links = GAZ.link(List.of(c));
        assertTrue(links.size() <= 1);
        if (links.isEmpty()) return null;
        EntityLink l = links.get(0);
        assertEquals(c.entityId(), l.entityId());
        assertEquals(1.0, l.confidence());
        assertEquals("gazetteer", l.method());
        return l.qid();
    }

    /** label -> (qid, kind) of the entity rows in verified-ids.tsv (columns label, id, kind). */
    static Map<String, String[]> verifiedEntities() throws IOException {
        Map<String, String[]> out = new HashMap<>();
        for (String line : Files.readAllLines(VERIFIED)) {
            String[] f = line.split("\t");
            if (f.length < 3 || f[0].equals("label")) continue;
            if (Set.of("person", "organization", "place", "event").contains(f[2].trim()))
                out.put(f[0].trim(), new String[] {f[1].trim(), f[2].trim()});
        }
        return out;
    }

    @Test
    void gazetteerHoldsExactlyTheVerifiedEntities() throws IOException {
        Map<String, String[]> verified = verifiedEntities();
        Map<String, String> byQid = new HashMap<>();
        verified.values().forEach(v -> byQid.put(v[0], v[1]));
        assertEquals(byQid.size(), GAZ.entries().size());
        for (GazetteerLinker.Entry e : GAZ.entries()) {
            assertEquals(byQid.get(e.qid()), e.kind(), "gazetteer id " + e.qid() + " must be verified with its kind");
            assertTrue(verified.containsKey(e.label()), "label of " + e.qid() + " as verified");
        }
    }

    @Test
    void everyVerifiedEntityLinksByLabelAndEveryListedAlias() throws IOException {
        Map<String, String[]> verified = verifiedEntities();
        verified.forEach((label, v) -> assertEquals(v[0], qid(cand(v[1], label)), label));
        int aliases = 0;
        for (GazetteerLinker.Entry e : GAZ.entries())
            for (String alias : e.aliases()) {
                assertEquals(e.qid(), qid(cand(e.kind(), alias)), alias);
                aliases++;
            }
        assertTrue(aliases > 40, "aliases checked: " + aliases);
    }

    @Test
    void noSurfaceFormOfTheBundledGazetteerNamesTwoItems() {
        Map<String, String> seen = new HashMap<>();
        for (GazetteerLinker.Entry e : GAZ.entries()) {
            List<String> forms = new ArrayList<>(e.aliases());
            forms.add(e.label());
            for (String f : forms) {
                String prev = seen.put(e.kind() + ":" + NameFolding.surface(f, "person".equals(e.kind())), e.qid());
                assertTrue(prev == null || prev.equals(e.qid()), f + " names " + prev + " and " + e.qid());
            }
        }
    }

    @Test
    void foldingOfCaseAccentsPunctuationAndArticle() {
        assertEquals("Q9531", qid(cand("organization", "the BBC")));
        assertEquals("Q30", qid(cand("place", "U.S.")));
        assertEquals("Q30", qid(cand("place", "U. S. A.")));
        assertEquals("Q458", qid(cand("organization", "E.U.")));
        assertEquals("Q1899", qid(cand("place", "KYÏV")));
        assertEquals("Q28935729", qid(cand("person", "J. D. Vance")));
        assertEquals("Q61", qid(cand("place", "Washington, D.C.")));
        assertEquals("Q7184", qid(cand("organization", "Nato")));
        assertEquals("Q3874799", qid(cand("person", "Volodymyr Zelenskiy")));
        assertEquals("Q110999040", qid(cand("event", "Russia’s invasion of Ukraine")));
    }

    @Test
    void alternateNamesLinkWhenTheyAgree() {
        // The canonical form is unknown to the gazetteer, an alternate is listed: linked.
        assertEquals("Q37230", qid(cand("organization", "Central Intelligence Agency (CIA)", "CIA")));
        assertEquals("Q22686", qid(cand("person", "Donald Trump (US president)", "Donald Trump", "Trump")));
        // Names of one candidate pointing to two items: not linked.
        assertNull(qid(cand("person", "Donald Trump", "Vladimir Putin")));
    }

    @Test
    void typeDisagreementIsNotLinked() {
        assertNull(qid(cand("place", "Donald Trump")));
        assertNull(qid(cand("organization", "Ukraine")));
        assertNull(qid(cand("person", "Paris")));
        assertNull(qid(cand("place", "Russian invasion of Ukraine")));
        assertNull(qid(cand("event", "Ukraine")));
        assertNull(qid(cand("place", "White House")), "the gazetteer has White House as an organization");
    }

    @Test
    void bareSurnamesOnlyAsListedCanonicalNames() {
        assertEquals("Q22686", qid(cand("person", "Trump")));
        assertEquals("Q7747", qid(cand("person", "Putin")));
        assertNull(qid(cand("person", "Vance")), "not listed as a bare alias");
        assertNull(qid(cand("person", "Waltz")));
        assertNull(qid(cand("person", "Melania Trump", "Trump")), "a bare surname among alternates says nothing");
        assertNull(qid(cand("person", "Eric Trump")));
    }

    @Test
    void ambiguousFormsAreLeftOut() {
        assertNull(qid(cand("place", "Washington")));
        assertNull(qid(cand("organization", "Congress")));
        assertNull(qid(cand("place", "Georgia")));
    }

    @Test
    void aliasListedForTwoItemsLinksNeither() {
        String tsv = """
                # test gazetteer
                qid\tkind\tlabel\taliases
                Q1001\tperson\tAlex Morgan Hale\tAlex Morgan|Hale
                Q1002\tperson\tAlex Morgan Reyes\tAlex Morgan
                Q1003\tplace\tPortmere\tPort Mere
                """;
        GazetteerLinker g = new GazetteerLinker(new StringReader(tsv));
        assertEquals(3, g.entries().size());
        List<LinkCandidate> c = new ArrayList<>();
        c.add(new LinkCandidate("person/a", AgentKind.PERSON, "Alex Morgan", Set.of(), Set.of(), Set.of()));
        c.add(new LinkCandidate("person/b", AgentKind.PERSON, "Alex Morgan Hale", Set.of(), Set.of(), Set.of()));
        c.add(new LinkCandidate("person/c", AgentKind.PERSON, "Alex Morgan Reyes", Set.of("Alex Morgan"), Set.of(), Set.of()));
        c.add(new LinkCandidate("place/d", AgentKind.PLACE, "Port Mere", Set.of(), Set.of(), Set.of()));
        c.add(new LinkCandidate("person/e", AgentKind.PERSON, "Hale", Set.of(), Set.of(), Set.of()));
        List<EntityLink> links = g.link(c);
        Map<String, String> got = new HashMap<>();
        links.forEach(l -> got.put(l.entityId(), l.qid()));
        assertFalse(got.containsKey("person/a"), "alias of two items");
        assertEquals("Q1001", got.get("person/b"));
        assertFalse(got.containsKey("person/c"), "its alternate name is ambiguous");
        assertEquals("Q1003", got.get("place/d"));
        assertEquals("Q1001", got.get("person/e"), "a listed bare surname as canonical name");
        assertEquals(3, links.size());
    }

    @Test
    void unknownNamesStayUnlinked() {
        assertNull(qid(cand("person", "Jacinda Ardern")));
        assertNull(qid(cand("organization", "Associated Press")));
        assertNull(qid(cand("place", "Ukrainian")));
        assertNull(qid(cand("person", "")));
    }

    @Test
    void chainOffersOnlyUnlinkedCandidatesToTheSecondLinker() {
        List<LinkCandidate> seen = new ArrayList<>();
        Linker second = cs -> {
            seen.addAll(cs);
            return List.of(new EntityLink(cs.get(0).entityId(), "Q42", 0.8, "online"));
        };
        LinkCandidate known = cand("place", "Kyiv"), unknown = cand("person", "Jacinda Ardern");
        List<EntityLink> links = new ChainedLinker(GAZ, second).link(List.of(known, unknown));
        assertEquals(List.of(unknown), seen);
        assertEquals(2, links.size());
        assertEquals("Q1899", links.get(0).qid());
    }

    @Test
    void eventAndAgentCandidatesAreDistinct() {
        assertThrows(IllegalArgumentException.class,
                () -> new LinkCandidate("x", null, "x", Set.of(), Set.of(), Set.of(), false));
        assertEquals("event", LinkCandidate.event("event/x", "x", Set.of()).kindName());
    }
}
