package org.newsgraph.pipeline;

import java.util.ArrayList;
import java.util.List;

/** What a build did, for the summary line and the benchmark. */
public record BuildReport(int files, int built, int replaced, int unchanged, int duplicates, int renamed,
                          List<Problem> problems, long quads, long tokens, long nlpNanos,
                          long extractNanos, long writeNanos, long totalNanos) {
    public BuildReport {
        problems = List.copyOf(problems);
    }

    public String summary() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%d article(s) built (%d replaced%s), %d unchanged, %d duplicate(s), %d problem(s); "
                        + "%d quads written; %d tokens; NLP %.1f s, extraction %.2f s, store %.2f s, total %.1f s",
                built, replaced, renamed == 0 ? "" : ", " + renamed + " under a longer identifier", unchanged, duplicates,
                problems.size(), quads, tokens, nlpNanos / 1e9,
                extractNanos / 1e9, writeNanos / 1e9, totalNanos / 1e9));
        return sb.toString();
    }

    /** Mutable tally used while a build runs. */
    static final class Counter {
        int files, built, replaced, unchanged, duplicates, renamed;
        long quads, tokens, nlp, extract, write;
        final List<Problem> problems = new ArrayList<>();

        void record(boolean replaces, BuildPipeline.Analysis an, int quadCount, long writeNanos) {
            built++;
            if (replaces) replaced++;
            quads += quadCount;
            tokens += an.tokens();
            nlp += an.nlpNanos();
            extract += an.extractNanos();
            write += writeNanos;
        }

        BuildReport finish(long totalNanos) {
            return new BuildReport(files, built, replaced, unchanged, duplicates, renamed, problems, quads, tokens, nlp,
                    extract, write, totalNanos);
        }
    }
}
