package org.newsgraph.cli;

import org.newsgraph.eval.EvalReport;
import org.newsgraph.eval.GoldFile;
import org.newsgraph.eval.GraphOutput;
import org.newsgraph.eval.Scorer;
import org.newsgraph.eval.PeopleCheck;
import org.newsgraph.eval.polnear.PolnearReader;
import org.newsgraph.eval.polnear.PolnearReport;
import org.newsgraph.eval.polnear.PolnearScorer;
import org.newsgraph.pipeline.BuildListener;
import org.newsgraph.pipeline.BuildReport;
import org.newsgraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Stream;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Builds articles into a scratch database and scores the graph.",
                "Gold format (default): PATHs against --gold FILE (quote spans, quote+speaker, reported statements, "
                        + "reported+speaker, people).",
                "PolNeAR: --format polnear DIR (or --polnear DIR) builds DIR/text and scores content, named source and "
                        + "cue against DIR/attributions, over speech-cue attributions and over all of them."})
public final class EvalCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin BuildOptions build;

    @Option(names = "--gold", paramLabel = "FILE", description = "gold annotation JSON (gold format)")
    Path gold;

    @Option(names = "--format", defaultValue = "gold", paramLabel = "FORMAT",
            description = "gold (default) or polnear: then the one PATH is a PolNeAR split folder with text/ and attributions/")
    String format;

    @Option(names = "--polnear", paramLabel = "DIR", description = "same as --format polnear DIR")
    Path polnear;

    @Option(names = "--keep-db", paramLabel = "DIR", description = "build into DIR and keep it (default: a scratch folder, deleted)")
    Path keepDb;

    @Option(names = "--verbose", description = "list misses, wrong speakers and extras per article")
    boolean verbose;

    @Option(names = "--json", description = "print the report as JSON")
    boolean json;

    @Mixin BaseOption base;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "the articles the gold file annotates, or the PolNeAR split folder")
    List<Path> paths;

    @Override public Integer call() throws IOException {
        if (polnear != null || format.equalsIgnoreCase("polnear")) {
            Path split = polnear != null ? polnear : onePath();
            var goldArticles = PolnearReader.read(split);
            record Result(PolnearReport report, PeopleCheck people) {}
            Result r = withBuild(List.of(split.resolve("text")), store -> new Result(
                    PolnearScorer.score(goldArticles, GraphOutput.statements(store)), PeopleCheck.of(GraphOutput.corpusPeople(store))));
            System.out.print(json ? r.report().toJson() : r.report().toText(verbose) + r.people().toText(verbose));
            return 0;
        }
        if (!format.equalsIgnoreCase("gold")) throw new ParameterException(spec.commandLine(), "--format must be gold or polnear");
        if (gold == null) throw new ParameterException(spec.commandLine(), "--gold FILE is required with the gold format");
        if (paths == null || paths.isEmpty()) throw new ParameterException(spec.commandLine(), "give the articles to build (PATH...)");
        var goldArticles = GoldFile.read(gold);
        EvalReport report = withBuild(paths, store -> Scorer.score(goldArticles, GraphOutput.read(store)));
        System.out.println(json ? report.toJson() : report.toText(verbose));
        return 0;
    }

    private Path onePath() {
        if (paths == null || paths.size() != 1)
            throw new ParameterException(spec.commandLine(), "--format polnear takes one PolNeAR split folder");
        return paths.get(0);
    }

    /** Builds the inputs into a scratch (or kept) database and reads the result while it is open. */
    private <T> T withBuild(List<Path> inputs, Function<GraphStore, T> score) throws IOException {
        Path dir = keepDb != null ? keepDb : Files.createTempDirectory("newsgraph-eval");
        try {
            try (GraphStore store = GraphStore.open(dir)) {
                BuildReport br = build.pipeline(base.base, json ? BuildListener.QUIET : BuildListener.printingTo(System.err))
                        .build(store, inputs);
                for (var p : br.problems()) System.err.println("newsgraph: " + p);
                return score.apply(store);
            }
        } finally {
            if (keepDb == null) {
                try (Stream<Path> s = Files.walk(dir)) {
                    s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }
}
