package org.newsgraph.extract;

import org.newsgraph.extract.agents.AgentExtractor;
import org.newsgraph.extract.events.EventExtractor;
import org.newsgraph.extract.events.StatementTopics;
import org.newsgraph.extract.statements.StatementExtractor;
import org.newsgraph.ingest.Article;
import org.newsgraph.nlp.Document;

import java.util.List;

/**
 * All extractors over one annotated article: agents first (statements and events refer to them),
 * then statements, events and which statements speak about which events. Stateless and thread-safe.
 */
public final class ArticleExtractor {
    private final AgentExtractor agents = new AgentExtractor();
    private final StatementExtractor statements = new StatementExtractor();
    private final EventExtractor events = new EventExtractor();
    private final StatementTopics topics = new StatementTopics();

    public ArticleFacts extract(Article article, Document annotated) {
        // Runs of text too long to be sentences (tables, comment dumps) were cut by the NLP stage; they
        // hold no statements or events, and skipping them here keeps every extractor's cost bounded.
        Document doc = annotated.withoutCutSentences();
        List<Agent> found = agents.extract(doc);
        List<Statement> said = statements.extract(doc, found);
        EventExtractor.EventExtraction ev = events.extract(doc, found);
        List<StatementTopic> about = topics.about(doc, said, ev.events());
        return new ArticleFacts(article, found, said, ev.events(), ev.links(), about);
    }
}
