package org.newsgraph.extract.agents;

import org.newsgraph.extract.AgentKind;
import org.newsgraph.extract.Span;
import org.newsgraph.nlp.AttributionVerbs;
import org.newsgraph.nlp.Document;
import org.newsgraph.nlp.EntityMention;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;
import org.newsgraph.text.NameFolding;
import org.newsgraph.text.NameGender;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Trims an NER mention to the name it gives and decides its kind, or rejects it when it names no
 * agent: pronouns, bare titles ("the president"), title words the tagger took into a name
 * ("President Trump"), possessives and quoted nicknames.
 *
 * <p>Person mentions also lose what the tagger glued onto them in headlines and scraped text
 * (general rules of English names, no list of names):
 * <ul>
 * <li>a leading adjective is dropped ("Dear Jack" → "Jack"), and what comes before a title inside
 *     it ("Sandy Hook Elementary Principal Dawn Hochsprung" → "Dawn Hochsprung");</li>
 * <li>an inflected verb (past or third person) ends a name: "Chris Christie Calls Hillary Clinton" →
 *     "Chris Christie"; a leading one is dropped ("Said Ellis" → "Ellis"); not in all-capital text;</li>
 * <li>a function word ends it: "Ted Cruz With George Wallace" → "Ted Cruz"
 *     ({@code name-breaking-words.txt});</li>
 * <li>words run together without a space end it: "Richard BurrJeb BushSen" → "Richard Burr"
 *     (a capital after three or more lower-case letters of one word; "McConnell", "LeBron" stay);</li>
 * <li>a last word that heads organisation names makes it an organisation ("Clinton Foundation");</li>
 * <li>a title of a work is no person: in quotation marks, or after "the book", "the film" …;</li>
 * <li>one word ending like a common noun made from a name ("Obamacare") or tagged as a plural
 *     proper noun ("Clintons", "Millennials") is no person.</li>
 * </ul>
 */
final class MentionCleaner {
    /** "TheBlaze", "TheWrap": a brand spelt with its article run in names an outlet, never a person */
    private static final Pattern GLUED_THE = Pattern.compile("The\\p{Lu}\\p{Ll}+");
    private static final Pattern WEB_DOMAIN = Pattern.compile("(?i)[a-z0-9][a-z0-9-]*(\\.[a-z0-9-]+)*\\.(com|org|net|news|info|io|co\\.uk|org\\.uk|com\\.au|ua|ru|de|fr|eu)");
    private static final Pattern NICKNAME = Pattern.compile("\\s+[“\"‘'(][^”\"’')]{1,30}[”\"’')](?=\\s+\\p{Lu})");

    private final AgentLexicon lex;

    MentionCleaner(AgentLexicon lex) { this.lex = lex; }

    /** The coarse type the extractor works with, or null for NER types that name no agent. */
    static String coarseType(String ner) {
        return switch (ner) {
            case "PERSON" -> "PERSON";
            case "ORGANIZATION" -> "ORGANIZATION";
            case "LOCATION", "COUNTRY", "CITY", "STATE_OR_PROVINCE" -> "LOCATION";
            case "MISC", "NATIONALITY" -> "MISC";
            default -> null;
        };
    }

    /**
     * The mention cut where it joins two names: at dashes set off by spaces ("the officer who shot
     * Scott - Brentley Vinson, who …"), which separate phrases, and in a person mention at a function
     * word no name contains ("Ted Cruz With George Wallace" in a title-case headline). A hyphen inside
     * a name ("Perkins-Kirkpatrick") has no space beside it and stays.
     */
    List<EntityMention> parts(Document doc, EntityMention em) {
        if (em.sentence() < 0 || em.sentence() >= doc.sentences().size()) return List.of(em);
        String text = doc.text();
        List<Token> toks = doc.sentences().get(em.sentence()).tokens();
        int from = Math.max(0, em.tokenBegin()), end = Math.min(toks.size(), em.tokenEnd());
        boolean person = "PERSON".equals(coarseType(em.type()));
        // "Arsenal's Sol Campbell" tagged as one organisation: the possessive ends the club's name (not
        // "McDonald's", "Lloyd's of London")
        int possessive = person ? -1 : possessiveBeforePerson(doc, toks, from, end);
        // "Kirsten Powers On Priorities USA Ad Fallout" tagged as one organisation in a title-case headline
        int personEnd = possessive < 0 && !person ? breakAfterPerson(doc, toks, from, end) : -1;
        java.util.function.Predicate<Token> joint = t -> spacedDash(text, t) || person && lex.breaksName(t.word())
                || t.index() == possessive || t.index() == personEnd;
        if (toks.subList(from, end).stream().noneMatch(joint)) return List.of(em);
        List<EntityMention> out = new ArrayList<>();
        boolean afterPossessive = false;
        for (int i = from; i <= end; i++) {
            if (i < end && !joint.test(toks.get(i))) continue;
            if (i > from) {
                int b = toks.get(from).begin(), e = toks.get(i - 1).end();
                String part = text.substring(b, e);
                String type = afterPossessive || i == personEnd ? "PERSON" : em.type();
                out.add(new EntityMention(em.sentence(), b, e, from, i, part, type, em.normalized()));
            }
            afterPossessive = i == possessive;
            from = i + 1;
        }
        return out;
    }

    /**
     * A function word no name contains, capitalised in a title-case headline, right after a person's name
     * that opens the mention ("Kirsten Powers On Priorities USA"), or -1: two or three proper nouns that
     * open with a known first name, or whose last word the article tags as a person elsewhere.
     */
    private int breakAfterPerson(Document doc, List<Token> toks, int from, int end) {
        for (int i = from + 2; i < Math.min(end, from + 4); i++) {
            if (!lex.breaksName(toks.get(i).word())) continue;
            for (int k = from; k < i; k++) if (!toks.get(k).isProperNoun()) return -1;
            String last = toks.get(i - 1).word();
            if (lex.isOrganisationHead(last)) return -1;          // "Jane Goodall Institute For …"
            return namesPerson(doc, toks.get(from).word(), last) ? i : -1;
        }
        return -1;
    }

    /**
     * The possessive inside a mention that a person's name follows to its end ("Arsenal's Sol Campbell"),
     * or -1: two or more proper nouns that open with a first name, or whose last word the article tags
     * as a person elsewhere ("said Campbell").
     */
    private static int possessiveBeforePerson(Document doc, List<Token> toks, int from, int end) {
        int pos = -1;
        for (int i = from + 1; i < end - 2; i++) if (toks.get(i).pos().equals("POS")) pos = i;
        if (pos < 0) return -1;
        for (int i = pos + 1; i < end; i++) if (!toks.get(i).isProperNoun()) return -1;
        return namesPerson(doc, toks.get(pos + 1).word(), toks.get(end - 1).word()) ? pos : -1;
    }

    /** Whether a first and a last word name a person: a known first name, or a last word the article tags as a person elsewhere. */
    private static boolean namesPerson(Document doc, String first, String last) {
        if (NameGender.of(first + " " + last) != NameGender.Gender.UNKNOWN) return true;
        return doc.mentions().stream().anyMatch(m -> "PERSON".equals(coarseType(m.type())) && m.text().equals(last));
    }

    /** The lower-case noun of family right before a name, or before it and a comma ("his wife, Melania"), or null. */
    private static String kinBefore(List<Token> toks, int tb) {
        int k = tb - 1;
        if (k > 0 && toks.get(k).word().equals(",")) k--;
        if (k < 0) return null;
        String w = toks.get(k).word();
        return NameGender.isKinNoun(w) ? w : null;
    }

    private static boolean spacedDash(String text, Token t) {
        if (!t.word().matches("-+|[\u2013\u2014]")) return false;
        boolean spaceBefore = t.begin() > 0 && Character.isWhitespace(text.charAt(t.begin() - 1));
        boolean spaceAfter = t.end() < text.length() && Character.isWhitespace(text.charAt(t.end()));
        return spaceBefore || spaceAfter;
    }

    /** The end of a name that runs on through surname particles to a capitalised noun ("Hag" may be tagged NN), else {@code te}. */
    private int throughParticles(List<Token> toks, int te) {
        int k = te;
        while (k < toks.size() && lex.isSurnameParticle(toks.get(k).word())) k++;
        if (k == te || k >= toks.size()) return te;
        Token last = toks.get(k);
        return last.pos().startsWith("NN") && Character.isUpperCase(last.word().codePointAt(0)) ? k + 1 : te;
    }

    /**
     * The cleaned mention, or null when it names no agent. MISC mentions come back with kind null:
     * they only become agents as a person's surname.
     */
    NameMention clean(Document doc, EntityMention em, String type) {
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
            // "Dear Jack", "Poor Mexico!": an adjective the tagger took in at the start is no part of a name
            if (te - tb > 1 && toks.get(tb).pos().startsWith("JJ")) tb++;
            // "Said Ellis": a leading verb is not part of the name; "Christie Calls Clinton": a verb ends it.
            // Only inflected forms (past, third person): "Mark", "Bill", "Will" are names as well as verbs,
            // and in all-capital text the tagger's verbs are guesses.
            if (!allCaps(toks, tb, te)) {
                if (te - tb > 1 && (isInflectedVerb(toks.get(tb)) || invertedCue(toks, tb, te))) tb++;
                for (int i = tb + 1; i < te; i++) if (isInflectedVerb(toks.get(i))) { te = i; break; }
            }
            // "Erik ten Hag": the tagger may end the name at a lower-case particle of the surname
            te = throughParticles(toks, te);
            // "photo of Sally Ride Ride also wrote …": a caption run into the text repeats the surname
            if (te - tb > 2 && toks.get(te - 1).word().equals(toks.get(te - 2).word())) te--;
            // "Peter T. King of New York": a person's name ends before "of" and the place after it
            for (int i = tb + 2; i < te; i++) if (toks.get(i).word().equals("of")) { te = i; break; }
            // "Sandy Hook Elementary Principal Dawn Hochsprung": the name starts after a title inside the
            // mention, when a first and a last name follow it
            for (int i = te - 3; i > tb; i--) {
                String w = toks.get(i).word();
                if (quoted(toks, i)) continue;                        // Brian 'Head' Welch: a nickname, not a title
                if (Character.isUpperCase(w.codePointAt(0)) && lex.headStartingAt(List.of(w), 0) > 0) { tb = i + 1; break; }
            }
            if (isWorkTitle(text, toks, tb, te)) return null;
            if (te - tb == 1 && notAName(toks, tb)) return null;
            // "William F. Buckley, Jr.": a suffix the comma cut off is no person of its own
            if (te - tb == 1 && lex.isNameSuffix(toks.get(tb).word())) return null;
            if (caseName(toks, tb, te)) return null;
            if (streetCorner(toks, te) || campus(toks, tb, te)) return null;
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
            // A union's branch is named "UAW Local 600": the tagger often stops before "Local 600".
            if (te + 1 < toks.size() && toks.get(te).word().equals("Local") && toks.get(te + 1).pos().equals("CD")) te += 2;
        }
        int begin = toks.get(tb).begin();
        int end = toks.get(te - 1).end();
        String surface = text.substring(begin, end);
        // Margaret “Peggy” Tremayne: a quoted or bracketed nickname is not part of the name
        if (type.equals("PERSON")) surface = NICKNAME.matcher(surface).replaceAll("").strip();
        // A possessive the tokenizer left attached ("Zelensky’s").
        if (surface.matches("(?s).*\\p{L}['’]s")) { end -= 2; surface = text.substring(begin, end); }
        if (type.equals("PERSON")) {
            int glue = NameFolding.runTogetherAt(surface);
            if (glue > 0) { end = begin + glue; surface = text.substring(begin, end).strip(); }
        }
        if (!hasCapital(surface)) return null;
        List<String> nameWords = List.of(surface.split("\\s+"));
        Span span = new Span(begin, end);
        String honorific = tb > 0 && lex.isHonorific(toks.get(tb - 1).word()) ? toks.get(tb - 1).word() : null;
        // "his daughter Ivanka Trump", "his wife, Melania Trump": relatives share a surname, and the noun
        // of family shows the gender an honorific would ("Mr. Trump" is not Ivanka Trump)
        if (honorific == null && type.equals("PERSON") && nameWords.size() > 1) honorific = kinBefore(toks, tb);

        if (lex.isNewsOrganisation(surface) || lex.isMetonymicInstitution(surface) || WEB_DOMAIN.matcher(surface).matches()
                || GLUED_THE.matcher(surface).matches())
            return new NameMention(AgentKind.ORGANIZATION, type, surface, span, em.sentence(), tb, te, null);
        if (lex.isTitleOnly(nameWords)) return null;
        if (type.equals("PERSON") && nameWords.size() > 1 && lex.isOrganisationHead(nameWords.get(nameWords.size() - 1)))
            return new NameMention(AgentKind.ORGANIZATION, type, surface, span, em.sentence(), tb, te, null);
        return switch (type) {
            case "PERSON" -> new NameMention(AgentKind.PERSON, type, surface, span, em.sentence(), tb, te, honorific);
            case "ORGANIZATION" -> new NameMention(AgentKind.ORGANIZATION, type, surface, span, em.sentence(), tb, te, null);
            case "LOCATION" -> new NameMention(AgentKind.PLACE, type, surface, span, em.sentence(), tb, te, honorific);
            default -> new NameMention(null, type, surface, span, em.sentence(), tb, te, honorific);
        };
    }

    /**
     * "Said Ellis: “…”": a verb of attribution opening the sentence and a colon or quotation mark
     * right after the name, which the tagger read as a first name ("Said" is one).
     */
    private boolean invertedCue(List<Token> toks, int tb, int te) {
        if (tb != 0 || te >= toks.size() || !AttributionVerbs.isForm(toks.get(tb).word().toLowerCase(Locale.ROOT))) return false;
        String next = toks.get(te).word();
        return next.equals(":") || next.equals("“") || next.equals("\"") || next.equals("``");
    }

    private static boolean isInflectedVerb(Token t) {
        return t.pos().equals("VBD") || t.pos().equals("VBZ");
    }

    /**
     * One word the tagger called a person that cannot be a personal name: a plural ("Millennials",
     * "Birchers"), a word ending like a common noun
     * ("Obamacare"), or a word set in capitals for emphasis in a sentence that is not ("an immature
     * WHITE college boy").
     */
    private boolean notAName(List<Token> toks, int i) {
        String pos = toks.get(i).pos();
        if (pos.equals("NNPS") || pos.equals("NNS")) return true;
        if (lex.hasCommonNounEnding(toks.get(i).word())) return true;
        String w = toks.get(i).word();
        return w.length() > 3 && allCaps(toks, i, i + 1) && !mostlyCaps(toks);
    }

    private static boolean mostlyCaps(List<Token> toks) {
        int words = 0, caps = 0;
        for (Token t : toks) {
            if (!Character.isLetter(t.word().codePointAt(0))) continue;
            words++;
            if (t.word().equals(t.word().toUpperCase(java.util.Locale.ROOT))) caps++;
        }
        return caps * 2 > words;
    }

    /** "the corner of Allen and Stanton Streets": a name joined to a street named in the plural is a street. */
    private boolean streetCorner(List<Token> toks, int te) {
        if (te + 2 >= toks.size() || !toks.get(te).word().equals("and")) return false;
        for (int i = te + 1; i < toks.size() && i <= te + 3; i++) {
            if (lex.isStreetPlural(toks.get(i).word())) return true;
            if (!toks.get(i).pos().startsWith("NNP")) return false;
        }
        return false;
    }

    /** "the University of California, Davis": one word after "University of X," names the campus, not a person. */
    private static boolean campus(List<Token> toks, int tb, int te) {
        return te - tb == 1 && tb >= 4 && toks.get(tb - 1).word().equals(",") && toks.get(tb - 3).word().equals("of")
                && toks.get(tb - 4).word().equals("University");
    }

    /** "Plessy v. Ferguson": the parties of a lawsuit's name are the case, not people in the story. */
    private static boolean caseName(List<Token> toks, int tb, int te) {
        return tb > 0 && isVersus(toks.get(tb - 1).word()) || te < toks.size() && isVersus(toks.get(te).word());
    }

    private static boolean isVersus(String w) { return w.equals("v.") || w.equals("v"); }

    private static boolean allCaps(List<Token> toks, int tb, int te) {
        for (int i = tb; i < te; i++) {
            String w = toks.get(i).word();
            if (!w.equals(w.toUpperCase(java.util.Locale.ROOT))) return false;
        }
        return true;
    }

    /** The mention is a title of a work: in quotation marks, or right after "book", "film" and the like. */
    private boolean isWorkTitle(String text, List<Token> toks, int tb, int te) {
        int b = toks.get(tb).begin(), e = toks.get(te - 1).end();
        if (b > 0 && e < text.length() && "\"“‘'".indexOf(text.charAt(b - 1)) >= 0 && "\"”’'".indexOf(text.charAt(e)) >= 0)
            return true;
        return tb > 0 && lex.isWorkTitleCue(toks.get(tb - 1).word());
    }

    private boolean isTitleWord(List<Token> toks, int i) {
        Token t = toks.get(i);
        if (!Character.isUpperCase(t.word().codePointAt(0))) return false;
        if (lex.isModifier(t.word()) || lex.headStartingAt(List.of(t.word()), 0) > 0) return true;
        // a plural title before several names ("Selectmen Cindy King and Gordon Clark", "Sens. …")
        String w = t.word();
        String singular = w.endsWith("men") ? w.substring(0, w.length() - 3) + "man"
                : w.endsWith("s") && w.length() > 3 ? w.substring(0, w.length() - 1) : null;
        return singular != null && lex.headStartingAt(List.of(singular), 0) > 0;
    }

    /** The token stands alone between an opening and a closing quotation mark. */
    private static boolean quoted(List<Token> toks, int i) {
        return i > 0 && i + 1 < toks.size() && toks.get(i - 1).pos().equals("``") && toks.get(i + 1).pos().equals("''");
    }

    /**
     * The person mentions of a document, with a first name and a surname the tagger split around a
     * quoted nickname joined again ("Marvin" “The Hammer” "Okoro"): the nickname is dropped later,
     * with those the tagger kept inside one mention.
     */
    static List<EntityMention> joinedAcrossNicknames(Document doc) {
        List<EntityMention> in = doc.mentions(), out = new ArrayList<>(in.size());
        for (int k = 0; k < in.size(); k++) {
            EntityMention a = in.get(k);
            EntityMention b = k + 1 < in.size() ? in.get(k + 1) : null;
            if (b != null && a.sentence() == b.sentence() && a.sentence() >= 0 && a.sentence() < doc.sentences().size()
                    && "PERSON".equals(a.type()) && "PERSON".equals(b.type())
                    && nicknameBetween(doc.sentences().get(a.sentence()).tokens(), a.tokenEnd(), b.tokenBegin())) {
                out.add(new EntityMention(a.sentence(), a.begin(), b.end(), a.tokenBegin(), b.tokenEnd(),
                        doc.text().substring(a.begin(), b.end()), a.type(), a.normalized()));
                k++;
            } else {
                out.add(a);
            }
        }
        return out;
    }

    /** Tokens [from, to) are an opening mark, one to three capitalised words ("The Hammer") and a closing mark. */
    private static boolean nicknameBetween(List<Token> toks, int from, int to) {
        int words = to - from - 2;
        if (words < 1 || words > 3 || !toks.get(from).pos().equals("``") || !toks.get(to - 1).pos().equals("''")) return false;
        for (int i = from + 1; i < to - 1; i++) {
            String w = toks.get(i).word();
            if (!Character.isUpperCase(w.codePointAt(0))) return false;
        }
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
