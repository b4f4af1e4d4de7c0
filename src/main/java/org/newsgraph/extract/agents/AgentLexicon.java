package org.newsgraph.extract.agents;

import org.newsgraph.text.WordLists;

import org.newsgraph.text.NameFolding;


import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The declarative word lists behind agent extraction, loaded from
 * {@code src/main/resources/extract/agents/}: title heads and modifiers, honorifics, pronouns,
 * news organisations, metonymic seats of government, organisation and name suffixes.
 */
public final class AgentLexicon {
    private static final String DIR = "/extract/agents/";
    private static volatile AgentLexicon standard;

    /** A title head: its words, and whether it must be capitalised in the text to count. */
    record Head(String[] words, boolean capitalisedOnly) {}

    private final List<Head> heads = new ArrayList<>();
    private final Set<String> modifiers;
    private final Set<String> honorifics;
    private final Set<String> legalForms;
    private final Set<String> pronouns;
    private final Set<String> newsOrganisations;
    private final Set<String> nameplates;
    private final Set<String> metonymicInstitutions;
    private final Set<String> organisationSuffixes;
    private final Set<String> nameSuffixes;
    private final Set<String> organisationHeads;
    private final Set<String> companyDescriptors;
    private final List<String> commonNounEndings;
    private final Set<String> workTitleCues;
    private final Set<String> streetPlurals;
    private final Set<String> nameBreakingWords;
    private final Set<String> surnameParticles;

    private AgentLexicon() {
        for (String line : WordLists.lines(DIR + "titles.txt")) {
            String[] words = line.split("\\s+");
            heads.add(new Head(words, Character.isUpperCase(line.charAt(0))));
        }
        modifiers = lower(WordLists.lines(DIR + "title-modifiers.txt"));
        honorifics = lower(WordLists.lines(DIR + "honorifics.txt"));
        legalForms = lower(WordLists.lines(DIR + "legal-forms.txt"));
        pronouns = lower(WordLists.lines(DIR + "pronouns.txt"));
        newsOrganisations = folded(WordLists.lines(DIR + "news-organisations.txt"));
        nameplates = folded(WordLists.lines(DIR + "newspaper-nameplates.txt"));
        metonymicInstitutions = folded(WordLists.lines(DIR + "metonymic-institutions.txt"));
        organisationSuffixes = lower(WordLists.lines(DIR + "organisation-suffixes.txt"));
        nameSuffixes = lower(WordLists.lines(DIR + "name-suffixes.txt"));
        organisationHeads = lower(WordLists.lines(DIR + "organisation-heads.txt"));
        companyDescriptors = lower(WordLists.lines(DIR + "company-descriptors.txt"));
        commonNounEndings = List.copyOf(lower(WordLists.lines(DIR + "common-noun-endings.txt")));
        workTitleCues = lower(WordLists.lines(DIR + "work-title-cues.txt"));
        streetPlurals = lower(WordLists.lines(DIR + "street-plurals.txt"));
        nameBreakingWords = lower(WordLists.lines(DIR + "name-breaking-words.txt"));
        surnameParticles = lower(WordLists.lines(DIR + "surname-particles.txt"));
    }

    public static AgentLexicon standard() {
        AgentLexicon l = standard;
        if (l == null) {
            synchronized (AgentLexicon.class) {
                l = standard;
                if (l == null) standard = l = new AgentLexicon();
            }
        }
        return l;
    }

    /**
     * Length of the longest title head that ends at {@code end} (exclusive) in {@code words}, or 0.
     */
    int headEndingAt(List<String> words, int end) {
        int best = 0;
        for (Head h : heads) {
            int n = h.words().length;
            if (n <= best || end - n < 0) continue;
            boolean ok = true;
            for (int i = 0; i < n && ok; i++) ok = wordMatches(h, i, words.get(end - n + i), i == n - 1);
            if (ok) best = n;
        }
        return best;
    }

    /** Length of the longest title head that starts at {@code begin} in {@code words}, or 0. */
    int headStartingAt(List<String> words, int begin) {
        int best = 0;
        for (Head h : heads) {
            int n = h.words().length;
            if (n <= best || begin + n > words.size()) continue;
            boolean ok = true;
            for (int i = 0; i < n && ok; i++) ok = wordMatches(h, i, words.get(begin + i), i == n - 1);
            if (ok) best = n;
        }
        return best;
    }

    private static boolean wordMatches(Head h, int i, String word, boolean last) {
        String want = h.words()[i];
        if (matches(want, word, h.capitalisedOnly())) return true;
        // "ex-president", "vice-president": a hyphenated token counts by its last part.
        int dash = word.lastIndexOf('-');
        return last && h.words().length == 1 && dash > 0 && dash < word.length() - 1
                && matches(want, word.substring(dash + 1), h.capitalisedOnly());
    }

    private static boolean matches(String want, String word, boolean capitalisedOnly) {
        return capitalisedOnly ? want.equals(word) : want.equalsIgnoreCase(word);
    }

    boolean isModifier(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (modifiers.contains(w)) return true;
        int dash = w.indexOf('-');
        return dash > 0 && modifiers.contains(w.substring(0, dash + 1));
    }

    /** "Gov.", "Chairman", "senator": a one-word title head. */
    public boolean isTitle(String word) { return headEndingAt(List.of(word), 1) > 0; }

    public boolean isHonorific(String word) { return honorifics.contains(word.toLowerCase(Locale.ROOT)); }

    /** "Inc.", "plc", "GmbH": a legal-form word that may end a company's registered name. */
    boolean isLegalForm(String word) { return legalForms.contains(word.toLowerCase(Locale.ROOT)); }

    /** "he", "He", "him"; not an all-capitals acronym that spells one ("US"). */
    boolean isPronoun(String word) {
        if (word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT))) return false;
        return pronouns.contains(word.toLowerCase(Locale.ROOT));
    }

    public boolean isNewsOrganisation(String name) { return newsOrganisations.contains(NameFolding.person(name)); }

    /** "Journal", "Bee": a last word of newspaper names, by which a paper is called for short. */
    boolean isNameplate(String word) { return nameplates.contains(NameFolding.person(word)); }

    boolean isMetonymicInstitution(String name) { return metonymicInstitutions.contains(NameFolding.person(name)); }

    public boolean isOrganisationSuffix(String word) { return organisationSuffixes.contains(word.toLowerCase(Locale.ROOT)); }

    /** "With", "Into", "Against": a function word no personal name contains. */
    boolean breaksName(String word) { return nameBreakingWords.contains(word.toLowerCase(Locale.ROOT)); }

    public boolean isNameSuffix(String word) { return nameSuffixes.contains(word.toLowerCase(Locale.ROOT)); }

    /** "Foundation", "Campaign": a last word that makes a name an organisation. */
    boolean isOrganisationHead(String word) { return organisationHeads.contains(word.toLowerCase(Locale.ROOT)); }

    /** A lower-case noun that describes a company, never a person ("housebuilder", "retailer"). */
    boolean isCompanyDescriptor(String word) { return companyDescriptors.contains(word.toLowerCase(Locale.ROOT)); }

    /** "Obamacare", "Watergate": one word that ends like a common noun made from a name. */
    boolean hasCommonNounEnding(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (String e : commonNounEndings) if (w.length() > e.length() + 2 && w.endsWith(e)) return true;
        return false;
    }

    /** "book", "film": a noun that introduces the title of a work. */
    boolean isWorkTitleCue(String word) { return workTitleCues.contains(word.toLowerCase(Locale.ROOT)); }

    /** "ten" in "Erik ten Hag": a lower-case word inside a surname (exact case: "Ten" opens a sentence). */
    boolean isSurnameParticle(String word) { return surnameParticles.contains(word); }

    boolean isStreetPlural(String word) { return streetPlurals.contains(word.toLowerCase(Locale.ROOT)); }

    /** True when the words are title heads and modifiers with at least one head: an office, not a name. */
    boolean isTitleOnly(List<String> words) {
        if (words.isEmpty()) return true;
        boolean head = false;
        int i = words.size();
        while (i > 0) {
            int h = headEndingAt(words, i);
            if (h > 0) { i -= h; head = true; }
            else if (isModifier(words.get(i - 1)) || isHonorific(words.get(i - 1))) i--;
            else return false;
        }
        return head;
    }

    private static Set<String> lower(List<String> lines) {
        Set<String> out = new HashSet<>();
        for (String l : lines) out.add(l.toLowerCase(Locale.ROOT));
        return Set.copyOf(out);
    }

    private static Set<String> folded(List<String> lines) {
        Set<String> out = new HashSet<>();
        for (String l : lines) {
            out.add(NameFolding.person(l));
            if (l.regionMatches(true, 0, "the ", 0, 4)) out.add(NameFolding.person(l.substring(4)));
        }
        return Set.copyOf(out);
    }

}
