package org.newsgraph.extract.agents;

import org.apache.commons.text.similarity.LevenshteinDistance;
import org.newsgraph.extract.AgentKind;
import org.newsgraph.nlp.Document;
import org.newsgraph.nlp.Token;
import org.newsgraph.text.NameFolding;
import org.newsgraph.text.NameGender;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Groups the person mentions of one article into people: full names by first name + surname
 * ("Donald J. Trump" = "Donald Trump"), short forms to the full name with that surname (the nearest
 * one before it when several share it), a first name alone to the one person who has it, and
 * LOCATION/MISC mentions that are a person's name into that person. An honorific that shows the
 * other gender keeps a short form apart: "Mr. Obama" is not "Michelle Obama", "Mrs. Clinton" not
 * "Bill Clinton"; such a short form is a person of its own, left to cross-article resolution.
 */
final class PersonGrouper {
    /** how many sentences after a short form its full name may first appear ("Lindqvist arrived. … Erik Lindqvist said") */
    private static final int NEAR_SENTENCES = 6;
    /** shorter surnames one letter apart are often two names ("Dunn", "Dunne") */
    private static final int MIN_MISSPELT_LENGTH = 6;
    private static final LevenshteinDistance EDIT = LevenshteinDistance.getDefaultInstance();
    private final AgentLexicon lex;

    PersonGrouper(AgentLexicon lex) { this.lex = lex; }

    /** The people of the article; mentions of {@code places} and {@code misc} that name one of them are moved over. */
    List<MentionGroup> group(List<NameMention> people, List<NameMention> places, List<NameMention> misc) {
        Map<String, MentionGroup> full = new LinkedHashMap<>();
        Map<String, List<MentionGroup>> bySurname = new HashMap<>();
        List<NameMention> shortForms = new ArrayList<>();
        Map<NameMention, NameMention> tails = new LinkedHashMap<>();
        for (NameMention m : people) {
            List<String> w = nameWords(m.words());
            // "Abu Hatab" where the article also writes "Walid Abu Hatab": a surname of two words, alone
            NameMention longer = w.size() >= 2 ? endingIn(m, people) : null;
            if (longer != null) { tails.put(m, longer); continue; }
            // "von der Leyen" is a surname, not a first name + surname; so is "De Blasio" opening a sentence.
            if (w.size() < 2 || startsLowercase(w) || capitalisedParticle(m, people)) { shortForms.add(m); continue; }
            String key = fullNameKey(w);
            MentionGroup g = full.get(key);
            if (g == null) {
                full.put(key, g = new MentionGroup(AgentKind.PERSON));
                bySurname.computeIfAbsent(NameFolding.person(w.get(w.size() - 1)), k -> new ArrayList<>()).add(g);
            }
            g.mentions.add(m);
        }
        tails.forEach((tail, longer) -> {
            MentionGroup g = full.get(fullNameKey(nameWords(longer.words())));
            if (g != null) g.mentions.add(tail); else shortForms.add(tail);
        });
        // first name alone ("Mateja" for "Mateja Kovač") when exactly one person of the article has it
        Map<String, List<MentionGroup>> byFirst = new HashMap<>();
        for (MentionGroup g : full.values()) {
            List<String> w = nameWords(g.mentions.get(0).words());
            byFirst.computeIfAbsent(NameFolding.person(w.get(0)), k -> new ArrayList<>()).add(g);
        }
        Map<String, MentionGroup> single = new LinkedHashMap<>();
        for (NameMention m : shortForms) {
            MentionGroup g = byName(m, full, bySurname, true);
            if (g == null && m.words().size() == 1) {
                List<MentionGroup> firsts = byFirst.get(NameFolding.person(m.surface()));
                if (firsts != null && firsts.size() == 1 && !bySurname.containsKey(NameFolding.person(m.surface()))) g = firsts.get(0);
                if (g == null && firsts == null) g = innerName(NameFolding.person(m.surface()), full.values());
            }
            if (g == null) g = single.computeIfAbsent(singleKey(m, single), k -> new MentionGroup(AgentKind.PERSON));
            g.mentions.add(m);
        }
        // Taggers type some person mentions LOCATION or MISC ("Trump's foreign policy"): a mention
        // that is exactly a person's name or surname in this article is that person.
        for (List<NameMention> pool : List.of(places, misc)) {
            for (var it = pool.iterator(); it.hasNext(); ) {
                NameMention m = it.next();
                MentionGroup g = byName(m, full, bySurname, false);
                if (g == null) g = single.get(singleKey(m, single));
                if (g == null) continue;
                g.mentions.add(m.as(AgentKind.PERSON));
                it.remove();
            }
        }
        List<MentionGroup> out = new ArrayList<>(full.values());
        out.addAll(single.values());
        return out;
    }

    /**
     * A one-word "person" the tagger found that is the first word of a longer organisation or
     * place name of the article ("Lumora" for "Lumora Technologies", "Ashford" for "Ashford Town")
     * is that organisation or place: news writing shortens company and club names that way.
     * Only for one-word groups (no full personal name) and capitalised longer names.
     */
    void releaseNamePrefixes(List<MentionGroup> personGroups, List<NameMention> organisations, List<NameMention> places) {
        for (var it = personGroups.iterator(); it.hasNext(); ) {
            MentionGroup g = it.next();
            boolean oneWord = g.mentions.stream().allMatch(m -> m.words().size() == 1);
            if (!oneWord) continue;
            String word = NameFolding.person(g.mentions.get(0).surface());
            AgentKind kind = null;
            for (List<NameMention> pool : List.of(organisations, places)) {
                for (NameMention m : pool) {
                    List<String> w = m.words();
                    if (w.size() < 2 || !NameFolding.person(w.get(0)).equals(word)) continue;
                    boolean proper = w.stream().allMatch(x -> Character.isUpperCase(x.codePointAt(0)) || !Character.isLetter(x.codePointAt(0)));
                    if (proper) kind = pool == organisations ? AgentKind.ORGANIZATION : AgentKind.PLACE;
                }
                if (kind != null) break;
            }
            if (kind == null) continue;
            for (NameMention m : g.mentions) (kind == AgentKind.ORGANIZATION ? organisations : places).add(m.as(kind));
            it.remove();
        }
    }

    /**
     * A one-word organisation that is the surname of exactly one full-named person of the article,
     * and is written as that person more often than as an organisation, is that person: taggers type
     * a surname ORGANIZATION in some contexts ("footage of Trump saying", "Trump's filings") while
     * tagging it PERSON elsewhere in the same article. A company named after a person ("Ford" beside
     * "Bill Ford") stays a company where the article names the company more often (one sense per
     * article).
     */
    void claimSurnames(Document doc, List<MentionGroup> personGroups, List<NameMention> organisations) {
        Map<String, List<MentionGroup>> bySurname = new HashMap<>();
        for (MentionGroup g : personGroups) {
            g.mentions.stream().map(m -> nameWords(m.words())).filter(w -> w.size() >= 2).findFirst().ifPresent(w ->
                    bySurname.computeIfAbsent(NameFolding.person(w.get(w.size() - 1)), k -> new ArrayList<>()).add(g));
        }
        Map<String, List<NameMention>> orgWords = new HashMap<>();
        for (NameMention m : organisations) {
            if (m.words().size() == 1) orgWords.computeIfAbsent(NameFolding.person(m.surface()), k -> new ArrayList<>()).add(m);
        }
        for (Map.Entry<String, List<NameMention>> e : orgWords.entrySet()) {
            List<MentionGroup> owners = bySurname.get(e.getKey());
            if (owners == null || owners.size() != 1) continue;
            // where the organisation sense is the commoner, a mention a personal pronoun follows is still the person
            // ("Bloomberg now denies he ever said any of that" beside "Michael R. Bloomberg")
            List<NameMention> claimed = e.getValue().size() < owners.get(0).mentions.size() ? e.getValue()
                    : e.getValue().stream().filter(m -> personalPronounFollows(doc, m)).toList();
            for (NameMention m : claimed) owners.get(0).mentions.add(m.as(AgentKind.PERSON));
            organisations.removeAll(claimed);
        }
    }

    /**
     * The full-name person a mention names: whole name, or for a short form its surname (nearest
     * preceding full mention wins).
     */
    private MentionGroup byName(NameMention m, Map<String, MentionGroup> full, Map<String, List<MentionGroup>> bySurname,
                                boolean shortForm) {
        List<String> w = nameWords(m.words());
        if (w.isEmpty()) return null;
        if (w.size() >= 2 && !startsLowercase(w) && !shortForm) return full.get(fullNameKey(w));
        List<MentionGroup> cands = bySurname.get(NameFolding.person(w.get(w.size() - 1)));
        if ((cands == null || cands.isEmpty()) && shortForm) cands = misspelt(NameFolding.person(w.get(w.size() - 1)), bySurname);
        if (cands == null || cands.isEmpty()) return null;
        String shown = shownBy(m);
        if (shown != null) cands = cands.stream().filter(g -> NameGender.compatible(shown, genderName(g))).toList();
        if (cands.isEmpty()) return null;
        // News names a person in full before, or soon after, it shortens the
        // name: a short form written long before every full name with its surname ("President
        // Obama …", many paragraphs later "the first lady, Michelle Obama") is someone else.
        cands = cands.stream().filter(g -> firstFull(g) <= m.sentence() + NEAR_SENTENCES).toList();
        if (cands.isEmpty()) return null;
        if (cands.size() == 1) return cands.get(0);
        MentionGroup best = null;
        int bestDist = Integer.MAX_VALUE;
        for (MentionGroup g : cands) {
            for (NameMention fm : g.mentions) {
                if (fm.words().size() < 2) continue;
                int d = m.span().begin() - fm.span().begin();
                int dist = d >= 0 ? d : 1_000_000_000 - d; // prefer mentions before it
                if (dist < bestDist) { bestDist = dist; best = g; }
            }
        }
        return best;
    }

    /**
     * The one person of the article a name of three words or more carries {@code word} inside of
     * ("Etienne said" after "Camille Etienne Gbedey, their mother"; "García" for "Gabriel García
     * Márquez"): the first of two surnames, which news writing may use alone. Null when none or several do.
     */
    private MentionGroup innerName(String word, Collection<MentionGroup> full) {
        if (word.length() < 3) return null;
        MentionGroup found = null;
        for (MentionGroup g : full) {
            boolean carries = false;
            for (NameMention fm : g.mentions) {
                List<String> w = nameWords(fm.words());
                for (int i = 1; i < w.size() - 1 && !carries; i++) carries = NameFolding.person(w.get(i)).equals(word);
            }
            if (!carries) continue;
            if (found != null) return null;
            found = g;
        }
        return found;
    }

    /**
     * The person whose surname a short form misspells ("Gottschalk" for "Jon Gottschalck", a slip
     * news copy makes): one letter off a surname of at least {@value #MIN_MISSPELT_LENGTH} letters,
     * when exactly one person of the article is that close. Empty otherwise.
     */
    private static List<MentionGroup> misspelt(String surname, Map<String, List<MentionGroup>> bySurname) {
        if (surname.length() < MIN_MISSPELT_LENGTH) return List.of();
        List<MentionGroup> found = null;
        for (Map.Entry<String, List<MentionGroup>> e : bySurname.entrySet()) {
            if (e.getKey().length() < MIN_MISSPELT_LENGTH || EDIT.apply(surname, e.getKey()) != 1) continue;
            if (found != null) return List.of();
            found = e.getValue();
        }
        return found == null || found.size() != 1 ? List.of() : found;
    }

    /** The sentence of a person's first full-name mention. */
    private static int firstFull(MentionGroup g) {
        return g.mentions.stream().filter(f -> f.words().size() >= 2).mapToInt(NameMention::sentence).min().orElse(Integer.MAX_VALUE);
    }

    /** What a short form's honorific shows of its gender, as a name NameGender reads ("Mrs. Clinton"), or null. */
    private static String shownBy(NameMention m) {
        return m.honorific() == null ? null : m.honorific() + " " + m.surface();
    }

    /** The first of a person's mentions that shows a gender (honorific or known first name), else its first mention. */
    private static String genderName(MentionGroup g) {
        for (NameMention m : g.mentions) {
            String name = m.honorific() != null ? shownBy(m) : m.surface();
            if (NameGender.of(name) != NameGender.Gender.UNKNOWN) return name;
        }
        return g.mentions.get(0).surface();
    }

    /**
     * The key of a short form with no full name: its folded surname, apart for each gender an
     * honorific shows ("Mr. Clinton" and "Mrs. Clinton" are two people). One without an honorific
     * joins the only one of that surname there is.
     */
    private static String singleKey(NameMention m, Map<String, MentionGroup> single) {
        String surname = NameFolding.person(m.surface());
        NameGender.Gender gender = m.honorific() == null ? NameGender.Gender.UNKNOWN : NameGender.of(shownBy(m));
        List<String> same = single.keySet().stream().filter(k -> k.equals(surname) || k.startsWith(surname + "|")).toList();
        if (gender == NameGender.Gender.UNKNOWN) return same.size() == 1 ? same.get(0) : surname;
        String own = surname + "|" + gender;
        // an earlier mention without an honorific is this person unless another gender is there too
        return same.contains(own) || !same.equals(List.of(surname)) ? own : surname;
    }

    /**
     * Whether "he", "his", "she" … follows the mention later in its sentence before anyone else is named
     * and before "it" or "its", which would stand for an organisation.
     */
    private static boolean personalPronounFollows(Document doc, NameMention m) {
        List<Token> toks = doc.sentences().get(m.sentence()).tokens();
        for (int k = m.tokenEnd(); k < toks.size(); k++) {
            Token tok = toks.get(k);
            String w = tok.word().toLowerCase(Locale.ROOT);
            if (NameGender.isPersonalPronoun(w)) return true;
            if (w.equals("it") || w.equals("its") || "PERSON".equals(tok.ner()) || "ORGANIZATION".equals(tok.ner())) return false;
        }
        return false;
    }

    /**
     * A longer person mention of the article whose last words are all of m's, or null; none when m opens
     * with a known first name rather than a surname particle ("Abu Hatab"), for then it is a first name and
     * surname ("Donald Trump" is no surname of "Will Donald Trump", a headline's words).
     */
    private NameMention endingIn(NameMention m, List<NameMention> people) {
        String first = m.words().get(0).toLowerCase(Locale.ROOT);
        if (NameGender.of(m.surface()) != NameGender.Gender.UNKNOWN && !lex.isSurnameParticle(first)) return null;
        for (NameMention o : people) if (o.surface().endsWith(" " + m.surface()) && o.words().size() > m.words().size()) return o;
        return null;
    }

    /** The key of a full name: its first and last words, folded ("Donald J. Trump" = "Donald Trump"). */
    private static String fullNameKey(List<String> w) {
        return NameFolding.person(w.get(0)) + " " + NameFolding.person(w.get(w.size() - 1));
    }

    /** "De Blasio" where the article also writes "Bill de Blasio": a surname particle capitalised, not a first name. */
    private static boolean capitalisedParticle(NameMention m, List<NameMention> people) {
        String s = m.surface();
        String lowered = " " + Character.toLowerCase(s.charAt(0)) + s.substring(1);
        for (NameMention o : people) if (o.surface().endsWith(lowered)) return true;
        return false;
    }

    private static boolean startsLowercase(List<String> w) {
        return !w.isEmpty() && Character.isLowerCase(w.get(0).codePointAt(0));
    }

    /** The words of a person name without generational suffixes ("Jr.") and stray title words. */
    private List<String> nameWords(List<String> words) {
        List<String> out = new ArrayList<>(words);
        while (out.size() > 1 && lex.isNameSuffix(out.get(out.size() - 1).replaceAll(",$", ""))) out.remove(out.size() - 1);
        return out;
    }
}
