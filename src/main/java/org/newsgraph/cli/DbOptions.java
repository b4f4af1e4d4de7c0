package org.newsgraph.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Where the database is (every command that reads or writes one). */
public final class DbOptions {
    @Option(names = "--db", paramLabel = "DIR", description = "TDB2 database directory (default: ${DEFAULT-VALUE})",
            defaultValue = "newsgraph-db")
    Path db;
}
