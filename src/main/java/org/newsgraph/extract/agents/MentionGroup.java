package org.newsgraph.extract.agents;

import org.newsgraph.extract.AgentKind;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The mentions of one agent inside an article, with the job titles found around them. */
final class MentionGroup {
    final AgentKind kind;
    final List<NameMention> mentions = new ArrayList<>();
    final Set<String> jobTitles = new LinkedHashSet<>();

    MentionGroup(AgentKind kind) { this.kind = kind; }

    int first() { return mentions.stream().mapToInt(m -> m.span().begin()).min().orElse(0); }

    /**
     * The fullest form: most words, then not in all capitals, then most letters, then earliest. A
     * person known only in capitals ("JEB BUSH", a headline or transcript label) is named in title
     * case ("Jeb Bush"); organisations keep their capitals ("NATO").
     */
    String canonical() {
        NameMention best = null;
        for (NameMention m : mentions) {
            if (best == null) { best = m; continue; }
            int w = m.words().size() - best.words().size();
            int caps = Boolean.compare(isAllCaps(best.surface()), isAllCaps(m.surface()));
            if (w > 0 || w == 0 && (caps > 0 || caps == 0 && m.surface().length() > best.surface().length())) best = m;
        }
        String name = best.surface();
        return kind == AgentKind.PERSON && isAllCaps(name) ? titleCase(name) : name;
    }

    /** Letters all capitals, and more than three of them ("JEB BUSH"; not "JFK"-like initials). */
    static boolean isAllCaps(String name) {
        long letters = name.codePoints().filter(Character::isLetter).count();
        return letters > 3 && name.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    /** "JEB BUSH" → "Jeb Bush", "O'NEILL" → "O'Neill", "SMITH-JONES" → "Smith-Jones". */
    static String titleCase(String name) {
        StringBuilder b = new StringBuilder(name.length());
        boolean start = true;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            b.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return b.toString();
    }

    void addTitle(String title) {
        if (title == null) return;
        for (String t : jobTitles) if (t.equalsIgnoreCase(title)) return;
        jobTitles.add(title);
    }
}
