package org.newsgraph.extract.agents;

import org.junit.jupiter.api.Test;
import org.newsgraph.extract.AgentKind;
import org.newsgraph.extract.Span;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** How one article's organisation mentions group by name variant, on mentions written for these tests. */
class NameVariantsTest {
    private static final NameVariants VARIANTS = new NameVariants(AgentLexicon.standard());

    /** Organisation mentions at the given offsets, in order: name, offset, name, offset …, one sentence each (the first a headline). */
    private static List<String> groups(Object... nameAndOffset) {
        List<NameMention> ms = new ArrayList<>();
        for (int i = 0; i < nameAndOffset.length; i += 2) {
            String name = (String) nameAndOffset[i];
            int at = (Integer) nameAndOffset[i + 1];
            ms.add(new NameMention(AgentKind.ORGANIZATION, "ORGANIZATION", name, new Span(at, at + name.length()), i / 2, 0, 1, null));
        }
        return VARIANTS.group(AgentKind.ORGANIZATION, ms).stream().map(g -> g.canonical() + "×" + g.mentions.size()).sorted().toList();
    }

    @Test
    void aShortNameStandsForTheLongerNameWrittenBeforeIt() {
        assertEquals(List.of("Goldman Sachs×2"), groups("Goldman Sachs", 0, "Goldman", 40));
        // the headline may shorten the name before the story gives it in full
        assertEquals(List.of("Lumora Technologies×3"), groups("Lumora", 0, "Lumora Technologies", 30, "Lumora", 90));
        // a longer name ending like an organisation is the one a short name stands for wherever it stands
        assertEquals(List.of("Acme Holdings×3"), groups("Acme", 0, "Acme", 50, "Acme Holdings", 90));
    }

    @Test
    void aLongerNameMetOnlyAfterTheShortOneWasUsedIsAnotherThing() {
        assertEquals(List.of("Twitter Rules×1", "Twitter×3"), groups("Twitter", 0, "Twitter", 50, "Twitter", 80, "Twitter Rules", 120));
        // once in the story's own sentences is enough: the product is not the company
        assertEquals(List.of("Nintendo×1", "Sony PSP×1", "Sony×2"), groups("Nintendo", 0, "Sony", 20, "Sony PSP", 60, "Sony", 90));
    }
}
