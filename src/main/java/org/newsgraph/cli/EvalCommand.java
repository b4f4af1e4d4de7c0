package org.newsgraph.cli;

import org.newsgraph.eval.EvalReport;
import org.newsgraph.eval.GoldFile;
import org.newsgraph.eval.GraphOutput;
import org.newsgraph.eval.Scorer;
import org.newsgraph.pipeline.BuildListener;
import org.newsgraph.pipeline.BuildReport;
import org.newsgraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Builds PATHs into a scratch database and scores the graph against a gold annotation file "
                + "(quote spans, quote+speaker, reported statements, reported+speaker, people).")
public final class EvalCommand implements Callable<Integer> {
    @Mixin BuildOptions build;

    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "gold annotation JSON")
    Path gold;

    @Option(names = "--verbose", description = "list misses, wrong speakers and extras per article")
    boolean verbose;

    @Option(names = "--json", description = "print the report as JSON")
    boolean json;

    @Mixin BaseOption base;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "the articles the gold file annotates")
    List<Path> paths;

    @Override public Integer call() throws IOException {
        var goldArticles = GoldFile.read(gold);
        Path scratch = Files.createTempDirectory("newsgraph-eval");
        try {
            EvalReport report;
            try (GraphStore store = GraphStore.open(scratch)) {
                BuildReport br = build.pipeline(base.base, json ? BuildListener.QUIET : BuildListener.printingTo(System.err))
                        .build(store, paths);
                for (var p : br.problems()) System.err.println("newsgraph: " + p);
                report = Scorer.score(goldArticles, GraphOutput.read(store));
            }
            System.out.println(json ? report.toJson() : report.toText(verbose));
            return 0;
        } finally {
            try (Stream<Path> s = Files.walk(scratch)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
