package org.newsgraph.rdf;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/** The mapping emits into any sink: a collector, a counter, a streaming N-Quads writer; each quad once. */
class QuadSinkTest {
    static final Iris IRIS = new Iris();

    @Test
    void emittedQuadsAreTheListedOnesEachOnce() {
        List<Quad> listed = ArticleGraph.quads(Fixtures.resolved(), IRIS);
        assertFalse(listed.isEmpty());
        assertEquals(listed.size(), new HashSet<>(listed).size(), "no quad twice");

        QuadSink.Collector c = new QuadSink.Collector();
        QuadSink.Counting counting = new QuadSink.Counting(c);
        ArticleGraph.emit(Fixtures.resolved(), IRIS, counting);
        assertEquals(listed.size(), counting.count(), "the sink sees each quad once");
        assertEquals(listed, c.list());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QuadSink nq = QuadSink.of(StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS_UTF8));
        nq.start();
        ArticleGraph.emit(Fixtures.resolved(), IRIS, nq);
        nq.finish();
        DatasetGraph back = DatasetGraphFactory.create();
        RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(Lang.NQUADS).parse(back);
        Set<Quad> read = new HashSet<>();
        back.find().forEachRemaining(read::add);
        assertEquals(new HashSet<>(listed), read);
    }
}
