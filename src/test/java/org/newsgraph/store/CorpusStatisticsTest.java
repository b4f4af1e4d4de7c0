package org.newsgraph.store;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.Vocab;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CorpusStatisticsTest {
    private final Iris iris = new Iris("https://example.org/id/");
    private final Node a1 = iris.node("article/a1"), a2 = iris.node("article/a2");
    private final Node ada = iris.node("person/ada-okafor"), st1 = iris.node("statement/1"), st2 = iris.node("statement/2");

    private DatasetGraph twoArticles() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        for (Node a : List.of(a1, a2)) {
            dsg.add(a, a, Vocab.RDF_TYPE, Vocab.NEWS_ARTICLE);
            dsg.add(a, a, Vocab.PUBLISHER, iris.node("organization/harbour-times"));
            dsg.add(a, ada, Vocab.RDF_TYPE, Vocab.PERSON);        // one person, stated in both graphs
            dsg.add(a, ada, Vocab.SAID, st1);                     // one statement reported twice
            dsg.add(a, st1, Vocab.RDF_TYPE, Vocab.STATEMENT);
        }
        dsg.add(a1, a1, Vocab.DATE_PUBLISHED, NodeFactory.createLiteralDT("2025-03-04", XSDDatatype.XSDdate));
        dsg.add(a2, a2, Vocab.DATE_PUBLISHED, NodeFactory.createLiteralDT("2024-12-30", XSDDatatype.XSDdate));
        Node strike = iris.node("event/strike/harbour");
        dsg.add(a1, strike, Vocab.RDF_TYPE, Vocab.EVENT);
        dsg.add(a2, strike, Vocab.RDF_TYPE, Vocab.EVENT);
        dsg.add(a2, ada, Vocab.SAID, st2);
        dsg.add(a2, st2, Vocab.RDF_TYPE, Vocab.STATEMENT);
        return dsg;
    }

    private String value(DatasetGraph dsg, Node s, Node p) {
        List<String> out = new ArrayList<>();
        dsg.find(iris.statisticsGraph(), s, p, Node.ANY).forEachRemaining(q -> out.add(q.getObject().getLiteralLexicalForm()));
        assertEquals(1, out.size(), "one value of " + p + " on " + s);
        return out.get(0);
    }

    private String entities(DatasetGraph dsg, String cls) {
        return value(dsg, iris.node("statistics/class/" + cls), CorpusStatistics.ENTITIES);
    }

    @Test
    void countsEachEntityOnceAcrossArticleGraphs() {
        DatasetGraph dsg = twoArticles();
        CorpusStatistics.write(dsg, iris);
        assertEquals("2", entities(dsg, "NewsArticle"));
        assertEquals("1", entities(dsg, "Person"));
        assertEquals("2", entities(dsg, "Statement"));
        assertEquals("1", entities(dsg, "Event"));
        Node strike = iris.node("event/strike/harbour");
        assertEquals("2", value(dsg, strike, Vocab.ng("articleCount")), "reported by both articles");
        assertEquals("2024-12-30", value(dsg, strike, Vocab.ng("firstReported")), "the earlier article's date");
        Node ds = iris.node("statistics");
        assertEquals("1", value(dsg, ds, Vocab.ng("outletCount")));
        assertEquals("2024-12-30", value(dsg, ds, Vocab.ng("firstPublished")));
        assertEquals("2025-03-04", value(dsg, ds, Vocab.ng("lastPublished")));
        assertEquals("2", value(dsg, ada, Vocab.ng("statementCount")), "two distinct statements, one reported twice");
    }

    @Test
    void aRewriteReplacesTheOldDescriptionAndCountsNothingOfItsOwn() {
        DatasetGraph dsg = twoArticles();
        CorpusStatistics.write(dsg, iris);
        dsg.deleteAny(a2, Node.ANY, Node.ANY, Node.ANY);
        CorpusStatistics.write(dsg, iris);
        assertEquals("1", entities(dsg, "NewsArticle"));
        assertEquals("1", value(dsg, ada, Vocab.ng("statementCount")));
        assertEquals("2025-03-04", value(dsg, iris.node("statistics"), Vocab.ng("firstPublished")));
    }
}
