package org.newsgraph.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Options every command shares: where the database is, and the base IRI of minted data. */
public final class DbOptions {
    @Option(names = "--db", paramLabel = "DIR", description = "TDB2 database directory (default: ${DEFAULT-VALUE})",
            defaultValue = "newsgraph-db")
    Path db;

    @Option(names = "--base", paramLabel = "IRI", description = "base IRI of minted data (default: ${DEFAULT-VALUE})",
            defaultValue = "https://w3id.org/newsgraph/id/")
    String base;
}
