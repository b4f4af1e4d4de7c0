package org.newsgraph.pipeline;

import org.newsgraph.extract.ArticleFacts;

import java.io.PrintStream;

/**
 * What a build tells its caller while it runs: notes, skipped inputs, each article written. Called
 * from the build's writing thread, except {@link #note} which NLP workers may call too.
 */
public interface BuildListener {

    /** A line worth showing: models loading, a renamed identifier, text dropped by cleaning, … */
    default void note(String message) {}

    /** An input (a file or one record) that was rejected; the build goes on without it. */
    default void skipped(Problem problem) {}

    /** One article analysed (pass 1); it is written after the whole build is resolved. */
    default void analysed(int seq, String id) {}

    /**
     * One article written.
     *
     * @param seq      its number in this build (input order)
     * @param replaced whether it replaced an earlier version of itself
     */
    default void built(int seq, String id, boolean replaced, BuildPipeline.Analysis analysis) {}

    /** Listens to nothing. */
    BuildListener QUIET = new BuildListener() {};

    /** Prints every event as one line, as {@code newsgraph build} shows it on stderr. */
    static BuildListener printingTo(PrintStream out) {
        return new BuildListener() {
            @Override public void note(String message) { out.println(message); }

            @Override public void skipped(Problem p) { out.println("  skipped " + p); }

            @Override public void analysed(int seq, String id) {
                if (seq % 100 == 0) out.printf("  %,d articles analysed%n", seq);
            }

            @Override public void built(int seq, String id, boolean replaced, BuildPipeline.Analysis an) {
                ArticleFacts f = an.facts();
                out.printf("[%d] %s %s: %d tokens, %d people/orgs/places, %d statements, %d events (nlp %d ms, extract %d ms)%n",
                        seq, replaced ? "rebuilt" : "built", id, an.tokens(), f.agents().size(), f.statements().size(),
                        f.events().size(), an.nlpNanos() / 1_000_000, an.extractNanos() / 1_000_000);
            }
        };
    }
}
