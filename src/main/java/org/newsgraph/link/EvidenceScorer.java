package org.newsgraph.link;

import org.newsgraph.text.NameFolding;
import org.newsgraph.text.WordLists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Weighs one gazetteer item against what an article says of a candidate. The name gives the base
 * score (an exact label counts most, a bare surname least); context adds to it: being in a position
 * on the article's date, a stated title that meets a position held then (less for one held at
 * another time), the item's party and area named near the mentions or written after the name
 * ("(D-Minn.)"). A party tag that names another party takes away. Each point of evidence is
 * recorded in words, so a researcher can see why an item won.
 */
final class EvidenceScorer {
    static final double FULL = 0.6, ALTERNATE = 0.6, GIVEN_SURNAME = 0.5, NICKNAME = 0.5, SURNAME = 0.25;
    static final double THING_FULL = 0.7, THING_ALTERNATE = 0.6;
    static final double IN_OFFICE = 0.1, TITLE_HELD = 0.3, TITLE_OTHER_TIME = 0.15;
    static final double PARTY = 0.2, AREA = 0.2, PARTY_CONTRADICTED = -0.4;
    static final double NAME_PART_AGREES = 0.1, NAME_PART_CONTRADICTED = -0.4;

    /** "D-Minn.", "R - Texas": a party initial and a place as written. */
    static final Pattern TAG = Pattern.compile("([A-Z])\\s*[-–—]\\s*([A-Z][\\p{L}. ]*)");

    /** A weighed item. */
    record Judged(String qid, double score, List<String> evidence) {}

    private final Map<String, Set<String>> titleWords;

    EvidenceScorer() {
        Map<String, Set<String>> tw = new HashMap<>();
        for (String l : lines("/link/title-words.tsv")) {
            String[] f = l.split("\t");
            if (f.length == 2) tw.computeIfAbsent(f[0].trim(), k -> new LinkedHashSet<>()).addAll(Arrays.asList(f[1].trim().split(" ")));
        }
        this.titleWords = Map.copyOf(tw);
    }

    Judged judge(LinkCandidate c, Gazetteer.Hit hit) {
        GazetteerEntry e = hit.entry();
        boolean person = "person".equals(e.kind());
        List<String> ev = new ArrayList<>();
        double s = switch (hit.how()) {
            case FULL -> person ? FULL : THING_FULL;
            case ALTERNATE -> person ? ALTERNATE : THING_ALTERNATE;
            case GIVEN_SURNAME -> GIVEN_SURNAME;
            case NICKNAME -> NICKNAME;
            case SURNAME -> SURNAME;
        };
        ev.add(switch (hit.how()) {
            case FULL -> "name '" + hit.form() + "' is its label or alias";
            case ALTERNATE -> "alternate name '" + hit.form() + "' is its label or alias";
            case GIVEN_SURNAME -> "given name and surname of '" + hit.form() + "' match '" + e.label() + "'";
            case NICKNAME -> "'" + hit.form() + "' matches '" + e.label() + "' through a nickname";
            case SURNAME -> "surname '" + hit.form() + "' matches '" + e.label() + "'";
        });
        if (person && (hit.how() == Gazetteer.NameKind.GIVEN_SURNAME || hit.how() == Gazetteer.NameKind.NICKNAME))
            s += nameParts(c, e, ev);
        LocalDate date = c.date();
        List<GazetteerEntry.Holding> held = e.holdings().stream()
                .filter(h -> h.start() != null || h.end() != null).filter(h -> h.heldOn(date)).toList();
        if (date != null && !held.isEmpty()) {
            s += IN_OFFICE;
            ev.add("held '" + describe(held.get(0)) + "' on " + date);
        }
        double title = 0;
        String titleWhy = null;
        for (String t : c.jobTitles())
            for (GazetteerEntry.Holding h : e.holdings()) {
                if (h.position().isEmpty() || !titleMeets(t, h.position())) continue;
                boolean now = date == null ? h.start() == null && h.end() == null : h.heldOn(date);
                double v = now ? TITLE_HELD : TITLE_OTHER_TIME;
                if (v > title) {
                    title = v;
                    titleWhy = "title '" + t + "' meets '" + h.position() + "'" + (now ? "" : " (held " + span(h) + ")");
                }
            }
        if (titleWhy != null) {
            s += title;
            ev.add(titleWhy);
        }
        Set<String> parties = new LinkedHashSet<>(), areas = new LinkedHashSet<>();
        for (GazetteerEntry.Holding h : e.holdings()) {
            if (!h.party().isEmpty()) parties.add(h.party());
            if (!h.area().isEmpty()) areas.add(h.area());
        }
        Set<String> nearby = ContextWords.of(c.nearbyText());
        boolean partyMet = false, areaMet = false, partyContradicted = false;
        for (String tag : c.affiliations()) {
            Matcher m = TAG.matcher(tag);
            if (!m.matches() || parties.isEmpty()) continue;
            boolean samePartyInitial = parties.stream().anyMatch(p -> Character.toUpperCase(p.charAt(0)) == m.group(1).charAt(0));
            if (samePartyInitial) {
                partyMet = true;
                ev.add("party tag '" + tag + "' fits " + parties);
            } else partyContradicted = true;
            for (String a : areas)
                if (abbreviates(m.group(2), a)) {
                    areaMet = true;
                    ev.add("place in tag '" + tag + "' is '" + a + "'");
                }
        }
        if (!partyMet)
            for (String p : parties)
                if (named(p, nearby)) {
                    partyMet = true;
                    ev.add("party '" + p + "' named nearby");
                    break;
                }
        if (!areaMet)
            for (String a : areas)
                if (named(a, nearby) || c.contextPlaces().stream().anyMatch(pl -> NameFolding.surface(pl).equals(NameFolding.surface(a)))) {
                    areaMet = true;
                    ev.add("'" + a + "' named nearby");
                    break;
                }
        if (partyMet) s += PARTY;
        if (areaMet) s += AREA;
        if (partyContradicted && !partyMet) {
            s += PARTY_CONTRADICTED;
            ev.add("party tag " + c.affiliations() + " names another party than " + parties);
        }
        return new Judged(e.qid(), Math.round(s * 1000) / 1000.0, List.copyOf(ev));
    }

    /**
     * Middle initials and generational suffixes the article and the item both give: the same ones add
     * a little ("Joseph R. Biden Jr." and "Joseph Biden, Jr."), a different middle initial takes away
     * ("John F. Kennedy" is not "John N. Kennedy").
     */
    private static double nameParts(LinkCandidate c, GazetteerEntry e, List<String> ev) {
        List<String> mine = new ArrayList<>(), theirs = new ArrayList<>();
        mine.add(c.name());
        mine.addAll(c.alternateNames());
        theirs.add(e.label());
        theirs.addAll(e.aliases());
        Set<Character> myInitials = new LinkedHashSet<>(), theirInitials = new LinkedHashSet<>();
        Set<String> mySuffixes = new LinkedHashSet<>(), theirSuffixes = new LinkedHashSet<>();
        for (String n : mine) {
            myInitials.addAll(PersonNames.middleInitials(n));
            if (PersonNames.suffix(n) != null) mySuffixes.add(PersonNames.suffix(n));
        }
        for (String n : theirs) {
            theirInitials.addAll(PersonNames.middleInitials(n));
            if (PersonNames.suffix(n) != null) theirSuffixes.add(PersonNames.suffix(n));
        }
        double s = 0;
        if (!myInitials.isEmpty() && !theirInitials.isEmpty()) {
            if (myInitials.stream().anyMatch(theirInitials::contains)) {
                s += NAME_PART_AGREES;
                ev.add("middle initial agrees");
            } else {
                s += NAME_PART_CONTRADICTED;
                ev.add("middle initials differ " + myInitials + " vs " + theirInitials);
            }
        }
        if (mySuffixes.stream().anyMatch(theirSuffixes::contains)) {
            s += NAME_PART_AGREES;
            ev.add("suffix '" + mySuffixes.iterator().next() + "' agrees");
        }
        return s;
    }

    /** A title meets a position when at least half its content words (or their news-style equivalents) are in it. */
    boolean titleMeets(String title, String position) {
        Set<String> tw = ContextWords.of(title), pw = ContextWords.of(position);
        if (tw.isEmpty() || pw.isEmpty()) return false;
        int met = 0;
        for (String w : tw) {
            Set<String> alts = new LinkedHashSet<>();
            alts.add(w);
            alts.addAll(titleWords.getOrDefault(w, Set.of()));
            if (alts.stream().anyMatch(a -> pw.stream().anyMatch(p -> ContextWords.sameWord(a, p)))) met++;
        }
        return met > 0 && met * 2 >= tw.size();
    }

    /** All the words of a multi-word name appear among the words. */
    private boolean named(String name, Set<String> words) {
        Set<String> w = ContextWords.of(name);
        return !w.isEmpty() && w.stream().allMatch(x -> words.stream().anyMatch(y -> ContextWords.sameWord(x, y)));
    }

    /** "Minn." abbreviates Minnesota, "N.Y." New York, "Texas" Texas. */
    static boolean abbreviates(String written, String area) {
        String w = NameFolding.surface(written).replace(" ", ""), a = NameFolding.surface(area);
        if (w.isEmpty() || a.isEmpty()) return false;
        if (w.equals(a.replace(" ", ""))) return true;
        StringBuilder initials = new StringBuilder();
        for (String x : a.split(" ")) initials.append(x.charAt(0));
        if (a.contains(" ") && w.equals(initials.toString())) return true;
        return w.length() >= 3 && a.startsWith(w);
    }

    private static String describe(GazetteerEntry.Holding h) {
        String what = h.position().isEmpty() ? String.join(" ", h.party(), h.area()).trim() : h.position();
        return what + " " + span(h);
    }

    private static String span(GazetteerEntry.Holding h) {
        return (h.start() == null ? "?" : h.start().toString()) + ".." + (h.end() == null ? "" : h.end().toString());
    }

    static List<String> lines(String resource) {
        return WordLists.lines(resource).stream().map(l -> l.toLowerCase(Locale.ROOT)).toList();
    }
}
