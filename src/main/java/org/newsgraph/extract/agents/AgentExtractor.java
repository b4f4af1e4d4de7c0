package org.newsgraph.extract.agents;

import org.newsgraph.text.NameFolding;

import org.newsgraph.extract.Agent;
import org.newsgraph.extract.AgentKind;
import org.newsgraph.extract.Span;
import org.newsgraph.nlp.Document;
import org.newsgraph.nlp.EntityMention;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds every person, organisation and place named in one article and resolves their mentions
 * inside it: "Waltz" and "National Security Adviser Mike Waltz" are one {@link Agent} named
 * "Mike Waltz" with the job title "National Security Adviser".
 *
 * <p>Decisions, from how English news is written and how the NER tagger errs:
 * <ul>
 * <li>Pronouns ("he", "him"), bare titles ("the president") and nationality adjectives are never agents.</li>
 * <li>A short form resolves to the full name whose surname it is, the nearest one before it when
 *     several share the surname; a mention the tagger typed LOCATION or MISC ("Trump's") that is
 *     the surname or name of a person of the article is that person.</li>
 * <li>News outlets and agencies ("told Axios") are organisations whatever the tagger says; so are
 *     web domains ("Antiwar.com").</li>
 * <li>Seats of government used for the institution ("the White House said", "the Kremlin") are
 *     organisations, not places: news writing uses them as actors and speakers.</li>
 * <li>An acronym is the same organisation or place as a longer name of the article with those
 *     initials ("US" = "United States"); the fullest form is the canonical name.</li>
 * </ul>
 */
public final class AgentExtractor {
    private static final Pattern WEB_DOMAIN = Pattern.compile("(?i)[a-z0-9][a-z0-9-]*(\\.[a-z0-9-]+)*\\.(com|org|net|news|info|io|co\\.uk|org\\.uk|com\\.au|ua|ru|de|fr|eu)");
    private static final Set<String> LOWERCASE_NAME_WORDS = Set.of("of", "for", "and", "the", "on", "in", "de", "la",
            "von", "van", "der", "du", "al", "bin", "le", "da", "di", "del", "&");

    private static final Pattern NICKNAME = Pattern.compile("\\s+[“\"‘'(][^”\"’')]{1,30}[”\"’')](?=\\s+\\p{Lu})");

    private final AgentLexicon lex;
    private final TitleFinder titles;

    public AgentExtractor() { this(AgentLexicon.standard()); }

    public AgentExtractor(AgentLexicon lexicon) {
        this.lex = lexicon;
        this.titles = new TitleFinder(lexicon);
    }

    /** A name mention after cleaning: which tokens name the agent. */
    private record Mention(AgentKind kind, String nerType, String surface, Span span, int sentence,
                           int tokenBegin, int tokenEnd) {
        List<String> words() { return List.of(surface.split("\\s+")); }
    }

    /** Mentions of one agent inside the article. */
    private static final class Group {
        final AgentKind kind;
        final List<Mention> mentions = new ArrayList<>();
        final Set<String> jobTitles = new LinkedHashSet<>();
        Group(AgentKind kind) { this.kind = kind; }

        int first() { return mentions.stream().mapToInt(m -> m.span().begin()).min().orElse(0); }

        /** The fullest form: most words, then most letters, then earliest. */
        String canonical() {
            Mention best = null;
            for (Mention m : mentions) {
                if (best == null) { best = m; continue; }
                int w = m.words().size() - best.words().size();
                if (w > 0 || w == 0 && m.surface().length() > best.surface().length()) best = m;
            }
            return best.surface();
        }
    }

    public List<Agent> extract(Document doc) {
        String text = doc.text();
        List<Mention> people = new ArrayList<>();
        List<Mention> organisations = new ArrayList<>();
        List<Mention> places = new ArrayList<>();
        List<Mention> misc = new ArrayList<>();
        for (EntityMention em : doc.mentions()) {
            String type = coarseType(em.type());
            if (type == null || em.sentence() >= doc.sentences().size()) continue;
            Mention m = clean(doc, em, type);
            if (m == null) continue;
            switch (m.kind() == null ? AgentKind.PLACE : m.kind()) {
                case PERSON -> people.add(m);
                case ORGANIZATION -> organisations.add(m);
                case PLACE -> (m.kind() == null ? misc : places).add(m);
            }
        }
        List<Group> personGroups = groupPeople(people, places, misc);
        releaseNamePrefixes(personGroups, organisations, places);
        for (Group g : personGroups) {
            for (Mention m : g.mentions) {
                Sentence s = doc.sentences().get(m.sentence());
                addTitle(g, titles.before(text, s, m.tokenBegin()));
                addTitle(g, titles.after(text, s, m.tokenEnd()));
            }
        }
        List<Group> all = new ArrayList<>(personGroups);
        all.addAll(groupByName(AgentKind.ORGANIZATION, organisations));
        all.addAll(groupByName(AgentKind.PLACE, places));
        all.sort(Comparator.comparingInt(Group::first));

        List<Agent> out = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (Group g : all) {
            String name = g.canonical();
            Set<String> alternates = new LinkedHashSet<>();
            List<Span> spans = new ArrayList<>();
            for (Mention m : g.mentions) {
                if (!m.surface().equals(name)) alternates.add(m.surface());
                spans.add(m.span());
            }
            spans.sort(null);
            String key = g.kind.name().toLowerCase(Locale.ROOT) + ":" + NameFolding.person(name);
            for (int n = 2; !keys.add(key); n++) key = g.kind.name().toLowerCase(Locale.ROOT) + ":" + NameFolding.person(name) + "#" + n;
            out.add(new Agent(key, g.kind, name, alternates, g.jobTitles, spans));
        }
        return out;
    }

    private void addTitle(Group g, String title) {
        if (title == null) return;
        for (String t : g.jobTitles) if (t.equalsIgnoreCase(title)) return;
        g.jobTitles.add(title);
    }

    private static String coarseType(String ner) {
        return switch (ner) {
            case "PERSON" -> "PERSON";
            case "ORGANIZATION" -> "ORGANIZATION";
            case "LOCATION", "COUNTRY", "CITY", "STATE_OR_PROVINCE" -> "LOCATION";
            case "MISC", "NATIONALITY" -> "MISC";
            default -> null;
        };
    }

    /**
     * Trims an NER mention to the name it gives and decides its kind; null when it names no
     * agent (pronoun, bare title). MISC mentions come back with kind null: they only become
     * agents as a person's surname.
     */
    private Mention clean(Document doc, EntityMention em, String type) {
        String text = doc.text();
        Sentence s = doc.sentences().get(em.sentence());
        List<Token> toks = s.tokens();
        int tb = Math.max(0, em.tokenBegin());
        int te = Math.min(toks.size(), em.tokenEnd());
        while (tb < te && (isPunct(toks.get(tb)) || toks.get(tb).word().equalsIgnoreCase("the"))) tb++;
        while (te > tb && (isPunct(toks.get(te - 1)) || toks.get(te - 1).pos().equals("POS"))) te--;
        if (tb >= te) return null;

        if (type.equals("PERSON")) {
            if (te - tb == 1 && (lex.isPronoun(toks.get(tb).word()) || toks.get(tb).pos().startsWith("PRP")
                    || toks.get(tb).pos().startsWith("WP"))) return null;
            // "President Trump" tagged as one PERSON: the title is not the name.
            while (te - tb > 1 && (lex.isHonorific(toks.get(tb).word()) || isTitleWord(toks, tb))) tb++;
        }
        if (type.equals("ORGANIZATION")) {
            // "White House Press" + "Secretary": the tagger took a title word into the organisation.
            // Cut where a title head phrase starts inside the mention and runs past its end.
            List<String> words = words(s);
            for (int c = tb + 1; c < te; c++) {
                if (c + lex.headStartingAt(words, c) > te) { te = c; break; }
            }
            // "Defense" in "Defense Secretary Pete Hegseth": a title modifier, not an organisation.
            boolean allModifiers = true;
            for (int i = tb; i < te && allModifiers; i++) allModifiers = lex.isModifier(toks.get(i).word());
            if (allModifiers && lex.headStartingAt(words, te) > 0) return null;
        }
        int begin = toks.get(tb).begin();
        int end = toks.get(te - 1).end();
        String surface = text.substring(begin, end);
        // Margaret “Peggy” Tremayne: a quoted or bracketed nickname is not part of the name
        if (type.equals("PERSON")) surface = NICKNAME.matcher(surface).replaceAll("").strip();
        // A possessive the tokenizer left attached ("Zelensky’s").
        if (surface.matches("(?s).*\\p{L}['’]s")) { end -= 2; surface = text.substring(begin, end); }
        if (!hasCapital(surface)) return null;
        List<String> nameWords = List.of(surface.split("\\s+"));
        Span span = new Span(begin, end);

        if (lex.isNewsOrganisation(surface) || lex.isMetonymicInstitution(surface) || WEB_DOMAIN.matcher(surface).matches())
            return new Mention(AgentKind.ORGANIZATION, type, surface, span, em.sentence(), tb, te);
        if (lex.isTitleOnly(nameWords)) return null;
        return switch (type) {
            case "PERSON" -> new Mention(AgentKind.PERSON, type, surface, span, em.sentence(), tb, te);
            case "ORGANIZATION" -> new Mention(AgentKind.ORGANIZATION, type, surface, span, em.sentence(), tb, te);
            case "LOCATION" -> new Mention(AgentKind.PLACE, type, surface, span, em.sentence(), tb, te);
            default -> new Mention(null, type, surface, span, em.sentence(), tb, te);
        };
    }

    private boolean isTitleWord(List<Token> toks, int i) {
        Token t = toks.get(i);
        if (!Character.isUpperCase(t.word().codePointAt(0))) return false;
        return lex.isModifier(t.word()) || lex.headStartingAt(List.of(t.word()), 0) > 0;
    }

    /**
     * Groups person mentions: full names by first name + surname, short forms to the full
     * name with that surname, and LOCATION/MISC mentions that are a person's name into that person
     * (they are removed from {@code places}).
     */
    private List<Group> groupPeople(List<Mention> people, List<Mention> places, List<Mention> misc) {
        Map<String, Group> full = new LinkedHashMap<>();
        Map<String, List<Group>> bySurname = new HashMap<>();
        List<Mention> shortForms = new ArrayList<>();
        for (Mention m : people) {
            List<String> w = nameWords(m.words());
            // "von der Leyen" is a surname, not a first name + surname.
            if (w.size() < 2 || startsLowercase(w)) { shortForms.add(m); continue; }
            String key = NameFolding.person(w.get(0)) + " " + NameFolding.person(w.get(w.size() - 1));
            Group g = full.get(key);
            if (g == null) {
                full.put(key, g = new Group(AgentKind.PERSON));
                bySurname.computeIfAbsent(NameFolding.person(w.get(w.size() - 1)), k -> new ArrayList<>()).add(g);
            }
            g.mentions.add(m);
        }
        // first name alone ("Mateja" for "Mateja Kovač") when exactly one person of the article has it
        Map<String, List<Group>> byFirst = new HashMap<>();
        for (Group g : full.values()) {
            List<String> w = nameWords(g.mentions.get(0).words());
            byFirst.computeIfAbsent(NameFolding.person(w.get(0)), k -> new ArrayList<>()).add(g);
        }
        Map<String, Group> single = new LinkedHashMap<>();
        for (Mention m : shortForms) {
            Group g = byName(m, full, bySurname);
            if (g == null && m.words().size() == 1) {
                List<Group> firsts = byFirst.get(NameFolding.person(m.surface()));
                if (firsts != null && firsts.size() == 1 && !bySurname.containsKey(NameFolding.person(m.surface()))) g = firsts.get(0);
            }
            if (g == null) g = single.computeIfAbsent(NameFolding.person(m.surface()), k -> new Group(AgentKind.PERSON));
            g.mentions.add(m);
        }
        // Taggers type some person mentions LOCATION or MISC ("Trump's foreign policy"): a mention
        // that is exactly a person's name or surname in this article is that person.
        for (List<Mention> pool : List.of(places, misc)) {
            for (var it = pool.iterator(); it.hasNext(); ) {
                Mention m = it.next();
                Group g = byName(m, full, bySurname);
                if (g == null) g = single.get(NameFolding.person(m.surface()));
                if (g == null) continue;
                g.mentions.add(new Mention(AgentKind.PERSON, m.nerType(), m.surface(), m.span(), m.sentence(),
                        m.tokenBegin(), m.tokenEnd()));
                it.remove();
            }
        }
        List<Group> out = new ArrayList<>(full.values());
        out.addAll(single.values());
        return out;
    }

    /**
     * A one-word "person" the tagger found that is the first word of a longer organisation or
     * place name of the article ("Lumora" for "Lumora Technologies", "Ashford" for "Ashford Town")
     * is that organisation or place: news writing shortens company and club names that way.
     * Only for one-word groups (no full personal name) and capitalised longer names.
     */
    private void releaseNamePrefixes(List<Group> personGroups, List<Mention> organisations, List<Mention> places) {
        for (var it = personGroups.iterator(); it.hasNext(); ) {
            Group g = it.next();
            boolean oneWord = g.mentions.stream().allMatch(m -> m.words().size() == 1);
            if (!oneWord) continue;
            String word = NameFolding.person(g.mentions.get(0).surface());
            AgentKind kind = null;
            for (List<Mention> pool : List.of(organisations, places)) {
                for (Mention m : pool) {
                    List<String> w = m.words();
                    if (w.size() < 2 || !NameFolding.person(w.get(0)).equals(word)) continue;
                    boolean proper = w.stream().allMatch(x -> Character.isUpperCase(x.codePointAt(0)) || !Character.isLetter(x.codePointAt(0)));
                    if (proper) kind = pool == organisations ? AgentKind.ORGANIZATION : AgentKind.PLACE;
                }
                if (kind != null) break;
            }
            if (kind == null) continue;
            for (Mention m : g.mentions) {
                Mention moved = new Mention(kind, m.nerType(), m.surface(), m.span(), m.sentence(), m.tokenBegin(), m.tokenEnd());
                (kind == AgentKind.ORGANIZATION ? organisations : places).add(moved);
            }
            it.remove();
        }
    }

    /** The full-name person a mention names: whole name, or surname (nearest preceding full mention wins). */
    private Group byName(Mention m, Map<String, Group> full, Map<String, List<Group>> bySurname) {
        List<String> w = nameWords(m.words());
        if (w.isEmpty()) return null;
        if (w.size() >= 2 && !startsLowercase(w)) return full.get(NameFolding.person(w.get(0)) + " " + NameFolding.person(w.get(w.size() - 1)));
        List<Group> cands = bySurname.get(NameFolding.person(w.get(w.size() - 1)));
        if (cands == null || cands.isEmpty()) return null;
        if (cands.size() == 1) return cands.get(0);
        Group best = null;
        int bestDist = Integer.MAX_VALUE;
        for (Group g : cands) {
            for (Mention fm : g.mentions) {
                if (fm.words().size() < 2) continue;
                int d = m.span().begin() - fm.span().begin();
                int dist = d >= 0 ? d : 1_000_000_000 - d; // prefer mentions before it
                if (dist < bestDist) { bestDist = dist; best = g; }
            }
        }
        return best;
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

    /** Organisations or places: same folded name, then acronyms and suffix-less short forms. */
    private List<Group> groupByName(AgentKind kind, List<Mention> mentions) {
        Map<String, Group> byKey = new LinkedHashMap<>();
        for (Mention m : mentions) byKey.computeIfAbsent(NameFolding.person(m.surface()), k -> new Group(kind)).mentions.add(m);
        List<Group> groups = new ArrayList<>(byKey.values());
        // Merge short forms into the long name they abbreviate when exactly one long name fits.
        for (var it = groups.iterator(); it.hasNext(); ) {
            Group g = it.next();
            String shortForm = g.canonical();
            Group target = null;
            int fits = 0;
            for (Group other : groups) {
                if (other == g) continue;
                String longForm = other.canonical();
                if (isAcronymOf(shortForm, longForm) || isSuffixExtension(shortForm, longForm)
                        || isProperPrefix(shortForm, longForm)) { target = other; fits++; }
            }
            if (fits == 1) {
                target.mentions.addAll(g.mentions);
                it.remove();
            }
        }
        return groups;
    }

    /** "Lumora" for "Lumora Technologies": one capitalised word that begins a capitalised longer name. */
    private static boolean isProperPrefix(String shortForm, String longForm) {
        if (shortForm.contains(" ") || shortForm.length() < 3) return false;
        String[] l = longForm.split("\\s+");
        if (l.length < 2 || !NameFolding.person(l[0]).equals(NameFolding.person(shortForm))) return false;
        for (String w : l) if (!Character.isUpperCase(w.codePointAt(0)) && Character.isLetter(w.codePointAt(0))) return false;
        return true;
    }

    /** "US" / "U.S." for "United States", "CIA" for "Central Intelligence Agency". */
    private static boolean isAcronymOf(String shortForm, String longForm) {
        String letters = shortForm.replace(".", "");
        if (letters.length() < 2 || letters.length() > 6 || !letters.chars().allMatch(Character::isUpperCase)) return false;
        StringBuilder initials = new StringBuilder();
        for (String w : longForm.split("[\\s-]+")) {
            if (w.isEmpty() || LOWERCASE_NAME_WORDS.contains(w.toLowerCase(Locale.ROOT)) && !Character.isUpperCase(w.charAt(0))) continue;
            if (!Character.isUpperCase(w.charAt(0))) return false;
            initials.append(w.charAt(0));
        }
        return initials.length() >= 2 && initials.toString().equals(letters);
    }

    /** "Fox Business" for "Fox Business Network": the long form only adds organisation suffixes. */
    private boolean isSuffixExtension(String shortForm, String longForm) {
        String[] s = shortForm.split("\\s+");
        String[] l = longForm.split("\\s+");
        if (l.length <= s.length) return false;
        for (int i = 0; i < s.length; i++) if (!s[i].equalsIgnoreCase(l[i])) return false;
        for (int i = s.length; i < l.length; i++) if (!lex.isOrganisationSuffix(l[i])) return false;
        return true;
    }

    private static boolean isPunct(Token t) {
        return !t.word().isEmpty() && t.word().codePoints().noneMatch(Character::isLetterOrDigit);
    }

    private static boolean hasCapital(String s) {
        return s.codePoints().anyMatch(Character::isUpperCase);
    }

    private static List<String> words(Sentence s) {
        List<String> out = new ArrayList<>(s.tokens().size());
        for (Token t : s.tokens()) out.add(t.word());
        return out;
    }
}
