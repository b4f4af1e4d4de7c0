package org.newsgraph.resolve;

import org.newsgraph.extract.Agent;
import org.newsgraph.extract.AgentKind;
import org.newsgraph.extract.Span;
import org.newsgraph.text.NameGender;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which full-named namesakes an article's own grouping kept apart from one of its surname-only people
 * ("Mr. Trump" beside "his daughter Ivanka Trump"): cross-article resolution must not join what the
 * article's text separated.
 */
final class KeptApart {
    private KeptApart() {}

    /**
     * The ids of the article's full-named people whose first mention comes before a later mention of
     * the short form: grouping joins a short form to the full name before it unless what it shows
     * forbids, so these were kept apart for that. (A short form only written long before the full name
     * was kept apart for its place alone, which cross-article resolution may repair: "said Ms.
     * Hitchens" in the lead, "Heather Hitchens" in the closing paragraph.)
     */
    static Set<String> namesakes(Agent shortForm, List<Agent> agents, Map<String, String> named) {
        int last = shortForm.mentions().stream().mapToInt(Span::begin).max().orElse(-1);
        Set<String> out = new HashSet<>();
        for (Agent o : agents) {
            String id = named.get(o.key());
            if (id == null || o.kind() != AgentKind.PERSON || o.mentions().isEmpty()) continue;
            if (o.mentions().stream().mapToInt(Span::begin).min().getAsInt() < last) out.add(id);
        }
        return out;
    }

    /**
     * Whether the article kept the short form apart from namesake {@code id} (known as {@code k}) for
     * what its text shows: the two names alone do not conflict, so it was not the first-name list,
     * whose errors cross-article resolution forgives ("Mr. Lewandowski", "Corey").
     */
    static boolean forWhatItShows(Set<String> apart, String shown, String id, KnownAgent k) {
        return apart.contains(id) && k != null && NameGender.compatible(shown, k.name());
    }
}
