package org.newsgraph.cli;

import org.newsgraph.store.BuildReport;
import org.newsgraph.store.CorpusBuilder;
import org.newsgraph.store.GraphStore;

/** The short summary every build prints, and the exit status it implies. */
final class Summary {
    private Summary() {}

    static int print(BuildReport report, GraphStore store) {
        for (CorpusBuilder.Problem p : report.problems()) System.err.println("newsgraph: " + p);
        System.out.println(report.summary());
        long[] counts = DatabaseCounts.of(store);
        System.out.printf("database %s: %d articles, %d people, %d organisations, %d places, %d statements, %d events, %d quads%n",
                store.directory(), counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], counts[6]);
        return report.problems().isEmpty() ? 0 : 2;
    }
}
