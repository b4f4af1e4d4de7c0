package org.newsgraph.extract.statements;

import org.newsgraph.extract.Agent;
import org.newsgraph.extract.Statement;
import org.newsgraph.extract.agents.AgentExtractor;
import org.newsgraph.nlp.Document;
import org.newsgraph.nlp.NlpPipeline;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Test helper: what an article says and who says it, through the real NLP, agent and statement extractors. */
final class SaidBy {
    private SaidBy() {}

    /** Each statement's text and its speaker's name (gold style), of one kind or of every kind ({@code kind} null). */
    static Map<String, String> texts(String text, Statement.Kind kind) {
        Document doc = NlpPipeline.shared().annotate(text, null);
        List<Agent> agents = new AgentExtractor().extract(doc);
        Map<String, String> out = new TreeMap<>();
        for (Statement s : new StatementExtractor().extract(doc, agents)) {
            if (kind == null || s.kind() == kind) out.put(s.text(), String.valueOf(GoldScorer.speakerName(s.speaker(), agents)));
        }
        return out;
    }

    /** Each statement's text and the speakers of every statement with that text, in the order extracted. */
    static Map<String, List<String>> speakers(String text) {
        Document doc = NlpPipeline.shared().annotate(text, null);
        List<Agent> agents = new AgentExtractor().extract(doc);
        Map<String, List<String>> out = new TreeMap<>();
        for (Statement s : new StatementExtractor().extract(doc, agents))
            out.computeIfAbsent(s.text(), k -> new java.util.ArrayList<>()).add(GoldScorer.speakerName(s.speaker(), agents));
        return out;
    }
}
