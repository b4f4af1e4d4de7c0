package org.newsgraph.extract.statements;

import org.newsgraph.extract.Agent;
import org.newsgraph.extract.AgentKind;
import org.newsgraph.extract.Span;
import org.newsgraph.extract.Speaker;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Speaker labels of transcripts and statement round-ups: a short line that names a person of the
 * article and ends in a colon ("GOVERNOR ANDREW BAILEY:"), followed by that person's quoted words
 * in the next paragraphs.
 */
final class SpeakerLabels {
    private static final int MAX_LABEL_CHARS = 80;

    /** A label line: where it ends and whom it names. */
    record Label(int end, Speaker speaker) {}

    private SpeakerLabels() {}

    static List<Label> find(String text, List<Agent> agents) {
        List<Label> out = new ArrayList<>();
        int p = 0;
        while (p < text.length()) {
            int e = text.indexOf('\n', p);
            if (e < 0) e = text.length();
            String line = text.substring(p, e).strip();
            if (line.endsWith(":") && line.length() <= MAX_LABEL_CHARS && line.chars().noneMatch(c -> "\"“”«»".indexOf(c) >= 0)) {
                Speaker s = person(text, new Span(p, e), line, agents);
                if (s != null) out.add(new Label(e, s));
            }
            p = e + 1;
        }
        return out;
    }

    /** The person the label names: a mention inside it, else all words of a person's name (any case). */
    private static Speaker person(String text, Span line, String label, List<Agent> agents) {
        Set<String> words = new HashSet<>(List.of(label.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\s'-]", " ").split("\\s+")));
        for (Agent a : agents) {
            if (a.kind() != AgentKind.PERSON) continue;
            for (Span m : a.mentions()) if (line.contains(m)) return Speaker.named(Speaker.Kind.PERSON, m, m.of(text));
        }
        for (Agent a : agents) {
            if (a.kind() != AgentKind.PERSON || a.mentions().isEmpty()) continue;
            String[] name = a.name().toLowerCase(Locale.ROOT).split("\\s+");
            if (name.length < 2) continue;
            boolean all = true;
            for (String w : name) all &= words.contains(w);
            if (all) {
                Span m = a.mentions().get(0);
                return Speaker.named(Speaker.Kind.PERSON, m, m.of(text));
            }
        }
        return null;
    }
}
