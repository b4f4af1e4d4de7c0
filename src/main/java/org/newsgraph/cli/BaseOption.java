package org.newsgraph.cli;

import org.newsgraph.rdf.Vocab;
import picocli.CommandLine.Option;

/** The base IRI of minted data: one option, shared by every command that builds. */
public final class BaseOption {
    @Option(names = "--base", paramLabel = "IRI", description = "base IRI of minted data (default: ${DEFAULT-VALUE})",
            defaultValue = Vocab.DEFAULT_BASE)
    String base = Vocab.DEFAULT_BASE;
}
