package org.newsgraph;

import java.nio.file.Path;

/**
 * The project's own annotations that tests score against, kept under src/test/resources so that
 * a fresh clone runs every test (nothing beside the repository is needed, nothing is skipped).
 */
public final class TestData {
    private TestData() {}

    /** Hand-annotated statements, people and metadata of the five bundled demo articles. */
    public static final Path SEEDS_GOLD = Path.of("src/test/resources/gold/seeds.gold.json");

    /** Wikidata ids checked by hand for names in the demo articles (label, id, kind). */
    public static final Path VERIFIED_IDS = Path.of("src/test/resources/wikidata/verified-ids.tsv");
}
