package org.newsgraph.link;

import org.newsgraph.text.NameFolding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The parts of a personal name the linker compares: given name and surname, without middle names,
 * initials, generational suffixes ("Angus S. King, Jr." is "angus" + "king") or a leading courtesy title.
 */
final class PersonNames {
    private PersonNames() {}

    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");
    private static final Set<String> COURTESY = Set.of("mr", "mrs", "ms", "miss", "dr", "sir", "dame");

    /** Given name and surname (plain-folded), or null for a one-word name. */
    static String[] givenAndSurname(String name) {
        List<String> w = words(name);
        if (w.size() < 2) return null;
        return new String[] {w.get(0), w.get(w.size() - 1)};
    }

    /** Middle initials of a name ("Joseph R. Biden Jr." gives "r"), courtesy titles and suffixes aside. */
    static Set<Character> middleInitials(String name) {
        List<String> w = words(name);
        Set<Character> out = new java.util.LinkedHashSet<>();
        for (int i = 1; i < w.size() - 1; i++) out.add(w.get(i).charAt(0));
        return out;
    }

    /** The generational suffix of a name ("jr", "iii"), or null. */
    static String suffix(String name) {
        List<String> w = new ArrayList<>(Arrays.asList(NameFolding.surface(name).split(" ")));
        w.removeIf(String::isEmpty);
        return !w.isEmpty() && SUFFIXES.contains(w.get(w.size() - 1)) ? w.get(w.size() - 1) : null;
    }

    private static List<String> words(String name) {
        List<String> w = new ArrayList<>(Arrays.asList(NameFolding.surface(name).split(" ")));
        w.removeIf(String::isEmpty);
        while (!w.isEmpty() && SUFFIXES.contains(w.get(w.size() - 1))) w.remove(w.size() - 1);
        while (w.size() > 2 && COURTESY.contains(w.get(0))) w.remove(0);
        return w;
    }

    /** The index key of a given name and surname. */
    static String key(String given, String surname) {
        return NameFolding.surfacePerson(given + " " + surname);
    }

    /** The index key of a bare surname. */
    static String surnameKey(String surname) {
        return NameFolding.surfacePerson(surname);
    }
}
