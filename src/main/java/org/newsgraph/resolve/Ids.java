package org.newsgraph.resolve;

import org.newsgraph.text.NameFolding;

import org.newsgraph.extract.AgentKind;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Global ids: IRI path segments relative to the data base IRI. Deterministic, so that the same
 * name gives the same id in every build and every article (articles stream through; no global
 * state is needed to agree on a person's IRI). The rdf stage percent-encodes whatever remains.
 */
public final class Ids {
    private Ids() {}

    public static String article(String stem) { return "article/" + stem; }

    public static String agent(AgentKind kind, String canonicalName) {
        return switch (kind) {
            case PERSON -> "person/" + slug(NameFolding.person(canonicalName));
            case ORGANIZATION -> "organization/" + slug(canonicalName);
            case PLACE -> "place/" + slug(canonicalName);
        };
    }

    /** An unnamed source is only identifiable inside its article: n-th distinct source there. */
    public static String anonymousSource(String articleStem, int n) { return "source/" + articleStem + "/" + n; }

    /** Lower-case ASCII words joined by '-'; non-ASCII letters kept (percent-encoded later). */
    public static String slug(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        // "U.S." and "US", "J.D." and "JD" are one word: drop the dot after a single letter.
        n = n.replaceAll("(?<=(^|[^\\p{L}])\\p{L})\\.", "");
        n = n.replaceAll("[’'`]", "").replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
        return n.isEmpty() ? "unnamed" : n;
    }
}
