package org.newsgraph.cli;

import org.newsgraph.link.EntityCsv;
import org.newsgraph.rdf.ExportFormat;
import org.newsgraph.rdf.Exporter;
import org.newsgraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the graph: Turtle (the union of all graphs, default) and TriG (named graphs) with RDF4J Rio; "
                + "N-Triples, N-Quads and JSON-LD with Jena.",
                "--format csv --entities writes the people, organisations and places with their Wikidata ids for OpenRefine."})
public final class ExportCommand implements Callable<Integer> {
    @Mixin DbOptions db;

    @Option(names = "--format", defaultValue = "ttl", description = "ttl, trig, nt, nq, jsonld, or csv (with --entities)")
    String format;

    @Option(names = "--entities", description = "export entities as CSV for review (name, type, wikidata_id, alternate_names, mention_count, "
            + "entity, confidence, method, evidence, candidates, review); see 'link apply'")
    boolean entities;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "output file (default: standard output)")
    Path output;

    @Override public Integer call() throws IOException {
        boolean csv = "csv".equalsIgnoreCase(format);
        if (csv != entities) throw new IllegalArgumentException("--entities goes with --format csv (and csv only with --entities)");
        ExportFormat fmt = csv ? null : ExportFormat.parse(format);
        try (GraphStore store = GraphStore.open(db.db)) {
            // Write to a temporary file and move it into place, so a failed export never leaves half a file.
            Path tmp = output == null ? null : Files.createTempFile(output.toAbsolutePath().getParent(), ".export", ".tmp");
            try (OutputStream out = tmp == null ? nonClosing(System.out) : new BufferedOutputStream(Files.newOutputStream(tmp))) {
                if (csv) {
                    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                    EntityCsv.write(entityRows(store), w);
                    w.flush();
                } else {
                    Exporter.write(store.datasetGraph(), fmt, out, null);
                }
            }
            if (tmp != null) Files.move(tmp, output, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        System.out.flush();
        return 0;
    }

    static List<EntityCsv.EntityRow> entityRows(GraphStore store) {
        return EntityRows.of(store);
    }

    private static OutputStream nonClosing(OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            @Override public void write(byte[] b, int off, int len) throws IOException { out.write(b, off, len); }
            @Override public void close() throws IOException { flush(); }
        };
    }
}
