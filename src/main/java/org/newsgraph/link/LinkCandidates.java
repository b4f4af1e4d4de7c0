package org.newsgraph.link;

import org.newsgraph.extract.Agent;
import org.newsgraph.extract.AgentKind;
import org.newsgraph.extract.ArticleFacts;
import org.newsgraph.extract.Event;
import org.newsgraph.extract.Span;
import org.newsgraph.resolve.ResolvedArticle;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns one resolved article into link candidates: each entity with its names, titles, the article's
 * date and places, the words around its mentions and any party tag written right after a mention
 * ("Amy Klobuchar (D-Minn.)").
 */
public final class LinkCandidates {
    private LinkCandidates() {}

    /** Characters of text kept on each side of a mention as "nearby". */
    static final int WINDOW = 120;
    private static final Pattern TAG_AFTER = Pattern.compile("\\A,?\\s*\\(\\s*([A-Z]\\s*[-–—]\\s*[A-Z][\\p{L}. ]{1,24}?)\\s*\\)");

    /** Candidates for this article's entities not already in {@code tried} (which it fills). */
    public static List<LinkCandidate> of(ResolvedArticle ra, Set<String> tried) {
        ArticleFacts f = ra.facts();
        String text = f.article().text() == null ? "" : f.article().text();
        Set<String> places = new HashSet<>();
        // entities by their corpus-wide name, the article's own forms as alternates
        List<Agent> agents = new ArrayList<>();
        for (Agent a : f.agents()) agents.add(ra.corpusAgent(a));
        for (Agent a : agents) if (a.kind() == AgentKind.PLACE) places.add(a.name());
        List<LinkCandidate> out = new ArrayList<>();
        for (Agent a : agents) {
            String id = ra.agentIds().get(a.key());
            if (id == null || !tried.add(id)) continue;
            StringBuilder nearby = new StringBuilder();
            Set<String> tags = new LinkedHashSet<>();
            for (Span m : a.mentions()) {
                if (m.end() > text.length()) continue;
                nearby.append(text, Math.max(0, m.begin() - WINDOW), Math.min(text.length(), m.end() + WINDOW)).append(" … ");
                Matcher t = TAG_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 40)));
                if (t.find()) tags.add(t.group(1).trim());
            }
            out.add(new LinkCandidate(id, a.kind(), a.name(), a.alternateNames(), a.jobTitles(), places,
                    f.article().datePublished(), nearby.toString(), tags));
        }
        for (Event e : f.events()) {
            String id = ra.eventIds().get(e.key());
            if (id == null || e.name() == null || !tried.add(id)) continue;
            out.add(LinkCandidate.event(id, e.name(), Set.of()));
        }
        return out;
    }
}
