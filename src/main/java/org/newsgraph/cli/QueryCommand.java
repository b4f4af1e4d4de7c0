package org.newsgraph.cli;

import org.apache.jena.query.Query;
import org.newsgraph.query.NamedQueries;
import org.newsgraph.query.QueryRunner;
import org.newsgraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Runs a saved query from queries/ (by name) or a .rq file against the database.")
public final class QueryCommand implements Callable<Integer> {
    @Mixin DbOptions db;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME|FILE.rq", description = "saved query name or .rq file")
    String query;

    @Option(names = "--format", defaultValue = "table", description = "table, csv, tsv or json (SPARQL 1.1 JSON results)")
    String format;

    @Option(names = "--param", paramLabel = "VAR=VALUE",
            description = "binds ?VAR to VALUE (a string; <iri> or prefix:name for an IRI); repeatable")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--list", description = "lists the saved queries with their titles")
    boolean list;

    @Override public Integer call() {
        if (list || query == null) {
            for (NamedQueries.SavedQuery q : NamedQueries.bundled())
                System.out.printf("%-26s %s%n", q.name(), q.title());
            return list ? 0 : 2;
        }
        QueryRunner.Format fmt = switch (format.toLowerCase()) {
            case "table" -> QueryRunner.Format.TABLE;
            case "csv" -> QueryRunner.Format.CSV;
            case "tsv" -> QueryRunner.Format.TSV;
            case "json" -> QueryRunner.Format.JSON;
            default -> throw new IllegalArgumentException("unknown format '" + format + "' (table, csv, tsv, json)");
        };
        NamedQueries.SavedQuery saved = NamedQueries.load(query);
        Query q = QueryRunner.prepare(saved.text(), params);
        try (GraphStore store = GraphStore.open(db.db)) {
            QueryRunner.run(store.dataset(), q, fmt, System.out);
        }
        System.out.flush();
        return 0;
    }
}
