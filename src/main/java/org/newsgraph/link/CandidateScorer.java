package org.newsgraph.link;

import org.newsgraph.text.NameFolding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Scores a Wikidata search hit against a candidate for the online linker: exact name agreement
 * first (never similarity alone), then context: the candidate's job titles against the item's
 * position and occupation labels and description, its context places against description and countries.
 */
final class CandidateScorer {
    // Name agreement: the canonical name equal to the item's label is the strongest sign.
    static final double PERSON_LABEL = 0.6, PERSON_ALIAS = 0.5, PERSON_ALT_ALIAS = 0.45;
    static final double PERSON_TITLE = 0.3, PERSON_PLACE = 0.1;
    static final double THING_LABEL = 0.7, THING_ALIAS = 0.6, THING_ALT_ALIAS = 0.55;
    static final double THING_PLACE = 0.2;

    private final Map<String, Set<String>> classesByKind;

    CandidateScorer(Map<String, Set<String>> classesByKind) {
        this.classesByKind = classesByKind;
    }


    boolean rightKind(WikidataClient.Facts f, String kind) {
        Set<String> wanted = classesByKind.getOrDefault(kind, Set.of());
        if ("person".equals(kind)) return wanted.stream().anyMatch(f.types::contains); // P31 human, directly
        return wanted.stream().anyMatch(q -> f.classes.contains(q) || f.types.contains(q));
    }

    double score(LinkCandidate c, WikidataClient.Facts f) {
        String kind = c.kindName();
        boolean person = "person".equals(kind);
        Set<String> labels = folded(f.labels, kind), aliases = folded(f.aliases, kind);
        String canonical = NameFolding.surface(c.name(), "person".equals(kind));
        Set<String> alternates = new HashSet<>();
        for (String a : c.alternateNames()) {
            String k = NameFolding.surface(a, "person".equals(kind));
            if (!k.isEmpty() && !(person && NameFolding.words(k) < 2)) alternates.add(k);
        }
        double name;
        if (labels.contains(canonical)) name = person ? PERSON_LABEL : THING_LABEL;
        else if (aliases.contains(canonical) || alternates.stream().anyMatch(labels::contains))
            name = person ? PERSON_ALIAS : THING_ALIAS;
        else if (alternates.stream().anyMatch(aliases::contains)) name = person ? PERSON_ALT_ALIAS : THING_ALT_ALIAS;
        else return 0.0; // no exact name agreement: never linked on similarity alone

        double place = placeEvidence(c.contextPlaces(), f);
        if (!person) return name + THING_PLACE * place;
        double title = titleEvidence(c.jobTitles(), f);
        return name + PERSON_TITLE * title + PERSON_PLACE * place;
    }

    /** Best share of a job title's words found in a position, occupation or description of the item. */
    double titleEvidence(Set<String> titles, WikidataClient.Facts f) {
        List<Set<String>> roles = new ArrayList<>();
        for (String p : f.positions) roles.add(roleWords(p));
        for (String o : f.occupations) roles.add(roleWords(o));
        for (String d : f.descriptions) roles.add(roleWords(d));
        double best = 0;
        for (String t : titles) {
            Set<String> words = ContextWords.of(t); // the title's own words: its acronyms would only dilute the share
            if (words.isEmpty()) continue;
            for (Set<String> role : roles) {
                long hit = words.stream().filter(w -> role.stream().anyMatch(r -> ContextWords.sameWord(w, r))).count();
                best = Math.max(best, (double) hit / words.size());
            }
        }
        return best;
    }

    /** 1 if one of the context places is named in the item's description or is its country. */
    double placeEvidence(Set<String> places, WikidataClient.Facts f) {
        Set<String> known = new HashSet<>();
        for (String d : f.descriptions) known.addAll(roleWords(d));
        for (String co : f.countries) known.addAll(roleWords(co));
        for (String p : places) {
            Set<String> w = ContextWords.of(p);
            if (!w.isEmpty() && w.stream().allMatch(x -> known.stream().anyMatch(k -> ContextWords.sameWord(x, k)))) return 1.0;
        }
        return 0.0;
    }

    /**
     * Content words of a title or position label, plus acronyms of its runs of capitalised words
     * ("Director of the Central Intelligence Agency" also gives "cia"; "United States ..." gives "us"),
     * so "CIA Director" meets the position label.
     */
    Set<String> roleWords(String text) {
        Set<String> out = ContextWords.of(text);
        List<String> run = new ArrayList<>();
        for (String raw : text.split("[^\\p{L}\\p{N}.]+")) {
            String w = raw.replace(".", "");
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !ContextWords.isStopword(w.toLowerCase(Locale.ROOT))) {
                run.add(w);
            } else {
                addAcronyms(run, out);
                run.clear();
            }
        }
        addAcronyms(run, out);
        return out;
    }

    private static void addAcronyms(List<String> run, Set<String> out) {
        for (int i = 0; i < run.size(); i++)
            for (int j = i + 2; j <= run.size(); j++) {
                StringBuilder a = new StringBuilder();
                for (String w : run.subList(i, j)) a.append(Character.toLowerCase(w.charAt(0)));
                out.add(a.toString());
            }
    }

    private static Set<String> folded(Set<String> names, String kind) {
        Set<String> out = new HashSet<>();
        for (String n : names) out.add(NameFolding.surface(n, "person".equals(kind)));
        return out;
    }


}
