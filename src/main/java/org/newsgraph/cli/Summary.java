package org.newsgraph.cli;

import org.newsgraph.pipeline.BuildReport;
import org.newsgraph.pipeline.Problem;
import org.newsgraph.store.GraphStore;

/** The short summary every build prints, and the exit status it implies. */
final class Summary {
    private Summary() {}

    /** Exit status of a build that rejected some inputs: a crawl nearly always holds a few broken files. */
    static final int REJECTED = 2;

    /** Prints every rejected input, the summary and the database counts; returns the exit status. */
    static int print(BuildReport report, GraphStore store, boolean strict) {
        for (Problem p : report.problems()) System.err.println("newsgraph: skipped " + p);
        System.out.println(report.summary());
        long[] counts = DatabaseCounts.of(store);
        System.out.printf("database %s: %d articles, %d people, %d organisations, %d places, %d statements, %d events, %d quads%n",
                store.directory(), counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], counts[6]);
        int status = exitStatus(report, strict);
        if (status != 0) System.err.println("newsgraph: " + reason(report, strict));
        return status;
    }

    /**
     * 0 when at least one article was built or was already up to date (rejected inputs are named on
     * stderr and counted); 2 when nothing could be built, or with {@code strict} when any input was rejected.
     */
    static int exitStatus(BuildReport report, boolean strict) {
        if (nothingBuilt(report)) return REJECTED;
        return strict && !report.problems().isEmpty() ? REJECTED : 0;
    }

    private static boolean nothingBuilt(BuildReport r) {
        return r.built() + r.unchanged() + r.duplicates() == 0;
    }

    private static String reason(BuildReport r, boolean strict) {
        int n = r.problems().size();
        if (nothingBuilt(r)) {
            return n == 0 ? "nothing built: no article found in the given paths"
                    : "nothing built: every input was rejected (" + n + " problem(s), see above)";
        }
        return "--strict: " + n + " input(s) rejected (see above); the rest is built and kept";
    }
}
