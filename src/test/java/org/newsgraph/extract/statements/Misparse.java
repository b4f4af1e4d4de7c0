package org.newsgraph.extract.statements;

import org.newsgraph.extract.Agent;
import org.newsgraph.extract.Statement;
import org.newsgraph.extract.agents.AgentExtractor;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Document;
import org.newsgraph.nlp.NlpPipeline;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Test helper: an article through the real pipeline with some of one sentence's dependency edges
 * replaced, to pin down a misparse the parser makes on real sentences ("technology obj says": the
 * token "technology" hangs on "says" as its object). The parser's choices depend on every word of a
 * sentence, so a rule that repairs a misparse is tested on the misparse itself, not on whether an
 * invented sentence happens to provoke it.
 */
final class Misparse {
    private Misparse() {}

    /** Statements of {@code text} (their text and speaker, gold style) with sentence {@code index} re-hung by {@code edges}. */
    static Map<String, String> statements(String text, int index, String... edges) {
        Document doc = NlpPipeline.shared().annotate(text, null);
        List<Sentence> sentences = new ArrayList<>(doc.sentences());
        sentences.set(index, rehang(sentences.get(index), edges));
        Document patched = new Document(doc.text(), doc.referenceDate(), sentences, doc.mentions());
        List<Agent> agents = new AgentExtractor().extract(patched);
        Map<String, String> out = new TreeMap<>();
        for (Statement s : new StatementExtractor().extract(patched, agents))
            out.put(s.text(), String.valueOf(GoldScorer.speakerName(s.speaker(), agents)));
        return out;
    }

    /** Each edge "dependent rel governor" (first tokens with those words) replaces the dependent's edge. */
    private static Sentence rehang(Sentence s, String... edges) {
        List<Dependency> deps = new ArrayList<>(s.dependencies());
        for (String edge : edges) {
            String[] p = edge.split(" ");
            int dependent = token(s, p[0]), governor = p[2].equals("ROOT") ? -1 : token(s, p[2]);
            deps.removeIf(d -> d.dependent() == dependent);
            deps.add(new Dependency(governor, dependent, p[1]));
        }
        for (Dependency d : deps) {
            int k = d.dependent(), steps = 0;
            while (k >= 0 && steps++ <= deps.size()) {
                int at = k;
                k = deps.stream().filter(e -> e.dependent() == at).findFirst().map(Dependency::governor).orElse(-1);
            }
            if (k >= 0) throw new IllegalArgumentException("the edges make a cycle through '" + s.tokens().get(d.dependent()).word() + "'");
        }
        return new Sentence(s.index(), s.begin(), s.end(), s.tokens(), deps, s.cut());
    }

    private static int token(Sentence s, String word) {
        for (Token t : s.tokens()) if (t.word().equals(word)) return t.index();
        throw new IllegalArgumentException("no token '" + word + "' in " + s.tokens());
    }
}
