package org.newsgraph.extract.agents;

import org.newsgraph.extract.AgentKind;
import org.newsgraph.text.NameFolding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Groups organisation and place mentions of one article by name variant: the same folded name, an
 * acronym of a longer name ("US" = "United States"), a name without its organisation suffix
 * ("Fox Business" = "Fox Business Network"), for organisations the first word of a longer
 * capitalised name ("Lumora" = "Lumora Technologies"; the place "Washington" is not "Washington
 * Square Park") or a newspaper's last word ("the Journal" = "The Wall Street
 * Journal"), when exactly one longer name fits.
 */
public final class NameVariants {
    private static final Set<String> LOWERCASE_NAME_WORDS = Set.of("of", "for", "and", "the", "on", "in", "de", "la",
            "von", "van", "der", "du", "al", "bin", "le", "da", "di", "del", "&");

    private final AgentLexicon lex;

    NameVariants(AgentLexicon lex) { this.lex = lex; }

    /** Organisations or places: same folded name, then acronyms and suffix-less short forms. */
    List<MentionGroup> group(AgentKind kind, List<NameMention> mentions) {
        Map<String, MentionGroup> byKey = new LinkedHashMap<>();
        for (NameMention m : mentions) byKey.computeIfAbsent(NameFolding.person(m.surface()), k -> new MentionGroup(kind)).mentions.add(m);
        List<MentionGroup> groups = new ArrayList<>(byKey.values());
        // Merge short forms into the long name they abbreviate when exactly one long name fits.
        for (var it = groups.iterator(); it.hasNext(); ) {
            MentionGroup g = it.next();
            String shortForm = g.canonical();
            MentionGroup target = null;
            int fits = 0;
            for (MentionGroup other : groups) {
                if (other == g) continue;
                String longForm = other.canonical();
                // a place's first word is another place ("Washington", "Washington Square Park"; "Kansas", "Kansas City")
                boolean organisation = kind == AgentKind.ORGANIZATION;
                if (isAcronymOf(shortForm, longForm) || isSuffixExtension(shortForm, longForm)
                        || organisation && (isProperPrefix(shortForm, longForm) && shortens(other, g) || isNameplateOf(shortForm, longForm))) {
                    target = other;
                    fits++;
                }
            }
            if (fits == 1) {
                target.mentions.addAll(g.mentions);
                it.remove();
            }
        }
        return groups;
    }

    /**
     * Whether a short form may stand for the longer name: the longer one ends like an organisation
     * ("Lumora Holdings", "Fox Business Network"), or it was written before the short one, as news
     * gives a name in full before it shortens it ("Goldman Sachs … Goldman"), a headline aside. A longer name
     * met only after the short one was used is another thing of that organisation ("Twitter … The Twitter Rules").
     */
    private boolean shortens(MentionGroup longer, MentionGroup shorter) {
        String[] l = longer.canonical().split("\\s+");
        String last = l[l.length - 1];
        boolean organisation = lex.isOrganisationSuffix(last) || lex.isOrganisationHead(last) || lex.isLegalForm(last)
                || lex.isCompanyDescriptor(last);
        // (the headline may shorten it first: "Lumora recalls …" above "Lumora Technologies is recalling …")
        return organisation || shorter.mentions.stream().noneMatch(m -> m.span().begin() < longer.first() && m.sentence() > 0);
    }

    /** "the Journal" for "The Wall Street Journal": a newspaper called by the last word of its name. */
    boolean isNameplateOf(String shortForm, String longForm) {
        String[] l = longForm.split("\\s+");
        return !shortForm.contains(" ") && l.length >= 2 && lex.isNameplate(shortForm)
                && NameFolding.person(l[l.length - 1]).equals(NameFolding.person(shortForm));
    }

    /** "Lumora" for "Lumora Technologies": one capitalised word that begins a capitalised longer name. */
    static boolean isProperPrefix(String shortForm, String longForm) {
        if (shortForm.contains(" ") || shortForm.length() < 3) return false;
        String[] l = longForm.split("\\s+");
        if (l.length < 2 || !NameFolding.person(l[0]).equals(NameFolding.person(shortForm))) return false;
        for (String w : l) if (!Character.isUpperCase(w.codePointAt(0)) && Character.isLetter(w.codePointAt(0))) return false;
        return true;
    }

    /** "US" / "U.S." for "United States", "CIA" for "Central Intelligence Agency". */
    public static boolean isAcronymOf(String shortForm, String longForm) {
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
    boolean isSuffixExtension(String shortForm, String longForm) {
        String[] s = shortForm.split("\\s+");
        String[] l = longForm.split("\\s+");
        if (l.length <= s.length) return false;
        for (int i = 0; i < s.length; i++) if (!s[i].equalsIgnoreCase(l[i])) return false;
        for (int i = s.length; i < l.length; i++) if (!lex.isOrganisationSuffix(l[i])) return false;
        return true;
    }
}
