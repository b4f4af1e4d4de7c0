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

    /** The fullest form: most words, then most letters, then earliest. */
    String canonical() {
        NameMention best = null;
        for (NameMention m : mentions) {
            if (best == null) { best = m; continue; }
            int w = m.words().size() - best.words().size();
            if (w > 0 || w == 0 && m.surface().length() > best.surface().length()) best = m;
        }
        return best.surface();
    }

    void addTitle(String title) {
        if (title == null) return;
        for (String t : jobTitles) if (t.equalsIgnoreCase(title)) return;
        jobTitles.add(title);
    }
}
