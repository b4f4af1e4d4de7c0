package org.newsgraph.extract.agents;

import org.newsgraph.extract.Agent;
import org.newsgraph.extract.AgentKind;
import org.newsgraph.extract.Span;
import org.newsgraph.nlp.Document;
import org.newsgraph.nlp.EntityMention;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.text.Demonyms;
import org.newsgraph.text.NameFolding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds every person, organisation and place named in one article and resolves their mentions
 * inside it: "Waltz" and "National Security Adviser Mike Waltz" are one {@link Agent} named
 * "Mike Waltz" with the job title "National Security Adviser".
 *
 * <p>Decisions, from how English news is written and how the NER tagger errs:
 * <ul>
 * <li>Pronouns ("he", "him"), bare titles ("the president") and nationality adjectives are never
 *     agents ({@link MentionCleaner}).</li>
 * <li>"Khizr and Ghazala Khan" names two people with one surname ({@link SharedSurnames}).</li>
 * <li>A short form resolves to the full name whose surname it is, the nearest one before it when
 *     several share the surname; a mention the tagger typed LOCATION or MISC ("Trump's") that is
 *     the surname or name of a person of the article is that person ({@link PersonGrouper}).</li>
 * <li>News outlets and agencies ("told Axios") are organisations whatever the tagger says; so are
 *     web domains ("Antiwar.com").</li>
 * <li>Seats of government used for the institution ("the White House said", "the Kremlin") are
 *     organisations, not places: news writing uses them as actors and speakers.</li>
 * <li>An acronym is the same organisation or place as a longer name of the article with those
 *     initials ("US" = "United States"); the fullest form is the canonical name ({@link NameVariants}).</li>
 * </ul>
 */
public final class AgentExtractor {
    private final MentionCleaner cleaner;
    private final PersonGrouper persons;
    private final NameVariants variants;
    private final TitleFinder titles;
    private final AgentLexicon lexicon;

    public AgentExtractor() { this(AgentLexicon.standard()); }

    public AgentExtractor(AgentLexicon lexicon) {
        this.cleaner = new MentionCleaner(lexicon);
        this.persons = new PersonGrouper(lexicon);
        this.variants = new NameVariants(lexicon);
        this.titles = new TitleFinder(lexicon);
        this.lexicon = lexicon;
    }

    public List<Agent> extract(Document doc) {
        String text = doc.text();
        List<NameMention> people = new ArrayList<>();
        List<NameMention> organisations = new ArrayList<>();
        List<NameMention> places = new ArrayList<>();
        List<NameMention> misc = new ArrayList<>();
        for (EntityMention em : MentionCleaner.joinedAcrossNicknames(doc)) {
            String type = MentionCleaner.coarseType(em.type());
            if (type == null || em.sentence() >= doc.sentences().size()) continue;
            for (EntityMention part : cleaner.parts(doc, em)) {
                NameMention m = cleaner.clean(doc, part, MentionCleaner.coarseType(part.type()));
                if (m == null) continue;
                switch (m.kind() == null ? AgentKind.PLACE : m.kind()) {
                    case PERSON -> people.add(m);
                    case ORGANIZATION -> organisations.add(m);
                    case PLACE -> (m.kind() == null ? misc : places).add(m);
                }
            }
        }
        List<MentionGroup> personGroups = persons.group(SharedSurnames.complete(doc, people, lexicon), places, misc);
        persons.releaseNamePrefixes(personGroups, organisations, places);
        persons.claimSurnames(doc, personGroups, organisations);
        personGroups.removeIf(g -> commonWordAlone(doc, g));
        // "housebuilder George Wimpey", "retailer John Lewis": a company named after a person
        List<MentionGroup> companies = new ArrayList<>();
        personGroups.removeIf(g -> describedAsCompany(doc, g) && companies.add(asOrganisation(g)));
        for (MentionGroup g : personGroups) {
            for (NameMention m : g.mentions) {
                Sentence s = doc.sentences().get(m.sentence());
                g.addTitle(titles.before(text, s, m.tokenBegin()));
                g.addTitle(titles.after(text, s, m.tokenEnd()));
            }
        }
        List<MentionGroup> all = new ArrayList<>(personGroups);
        all.addAll(companies);
        all.addAll(variants.group(AgentKind.ORGANIZATION, organisations));
        all.addAll(variants.group(AgentKind.PLACE, places));
        all.sort(Comparator.comparingInt(MentionGroup::first));
        return agents(all, lexicon);
    }

    /** "Adobe Systems Inc." → "Adobe Systems": news names a company without its legal form. */
    static String withoutLegalForm(String name, AgentLexicon lexicon) {
        String[] w = name.split("\\s+");
        int n = w.length;
        while (n > 1 && lexicon.isLegalForm(w[n - 1].replaceAll("^,", ""))) n--;
        if (n == w.length) return name;
        return String.join(" ", Arrays.copyOf(w, n)).replaceAll(",$", "");
    }

    /**
     * A person known by one word only that the tagger always read as an adjective, or that the
     * article also writes in lower case as a common noun or adjective ("Millennials overwhelmingly
     * believe …" beside "hurting with millennials"), is that common word, not a name.
     */
    private static boolean commonWordAlone(Document doc, MentionGroup g) {
        if (!g.mentions.stream().allMatch(m -> m.words().size() == 1)) return false;
        // "the Kiwi said": a word for a place's people the tagger took for a name (a surname "French"
        // takes no article)
        if (Demonyms.is(g.mentions.get(0).surface()) && g.mentions.stream().allMatch(m -> m.tokenBegin() > 0
                && doc.sentences().get(m.sentence()).tokens().get(m.tokenBegin() - 1).pos().equals("DT"))) return true;
        // an adjective everywhere ("terrorists are Muslim"); a surname the tagger once took for an
        // adjective ("“…,” Devine declared") has joined its full name before this
        if (g.mentions.stream().allMatch(m -> doc.sentences().get(m.sentence()).tokens().get(m.tokenBegin()).pos().startsWith("JJ")))
            return true;
        String word = g.mentions.get(0).surface();
        for (Sentence s : doc.sentences()) {
            for (var t : s.tokens()) {
                String p = t.pos();
                if ((p.equals("NN") || p.equals("NNS") || p.startsWith("JJ")) && t.word().equalsIgnoreCase(word)
                        && Character.isLowerCase(t.word().codePointAt(0))) return true;
            }
        }
        return false;
    }

    /** Whether a word right before one of the group's mentions describes a company ("housebuilder George Wimpey"). */
    private boolean describedAsCompany(Document doc, MentionGroup g) {
        for (NameMention m : g.mentions) {
            if (m.tokenBegin() == 0) continue;
            var before = doc.sentences().get(m.sentence()).tokens().get(m.tokenBegin() - 1);
            // (the tagger may take the noun for an adjective: "housebuilder/JJR")
            if (lexicon.isCompanyDescriptor(before.word())) return true;
        }
        return false;
    }

    private static MentionGroup asOrganisation(MentionGroup g) {
        MentionGroup org = new MentionGroup(AgentKind.ORGANIZATION);
        for (NameMention m : g.mentions) org.mentions.add(m.as(AgentKind.ORGANIZATION));
        return org;
    }

    private static List<Agent> agents(List<MentionGroup> groups, AgentLexicon lexicon) {
        List<Agent> out = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (MentionGroup g : groups) {
            String name = g.kind == AgentKind.ORGANIZATION ? withoutLegalForm(g.canonical(), lexicon) : g.canonical();
            Set<String> alternates = new LinkedHashSet<>();
            List<Span> spans = new ArrayList<>();
            boolean surnameOnly = g.kind == AgentKind.PERSON && g.mentions.stream().allMatch(m -> m.words().size() == 1);
            for (NameMention m : g.mentions) {
                if (!m.surface().equals(name)) alternates.add(m.surface());
                // "Mrs Howard": with no first name, the honorific is what tells which Howard (resolution reads it)
                if (surnameOnly && m.honorific() != null) alternates.add(m.honorific() + " " + m.surface());
                spans.add(m.span());
            }
            spans.sort(null);
            String kind = g.kind.name().toLowerCase(Locale.ROOT);
            String key = kind + ":" + NameFolding.person(name);
            for (int n = 2; !keys.add(key); n++) key = kind + ":" + NameFolding.person(name) + "#" + n;
            out.add(new Agent(key, g.kind, name, alternates, g.jobTitles, spans));
        }
        return out;
    }
}
