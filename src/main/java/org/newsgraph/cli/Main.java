package org.newsgraph.cli;

import org.newsgraph.spark.JdkStax;
import org.newsgraph.spark.SparkBuild;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** newsgraph command line: one subcommand class per command. */
@Command(name = "newsgraph", mixinStandardHelpOptions = true, version = "newsgraph 0.1.0",
        description = "Turns news articles into an RDF knowledge graph of who said what, served by Fuseki.",
        subcommands = {BuildCommand.class, ServeCommand.class, QueryCommand.class, ExportCommand.class,
                ValidateCommand.class, EvalCommand.class, BenchCommand.class,
                GazetteerCommand.class, LinkCommand.class, LoadCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the CLI and returns the exit status (tests call this instead of main). */
    public static int run(String... args) {
        JdkStax.prefer();   // Spark's Hadoop on the class path would give Jena a StAX parser it cannot configure
        CommandLine cl = new CommandLine(new Main());
        cl.addSubcommand("spark-build", new SparkBuild());
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("newsgraph: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            return 1;
        });
        return cl.execute(args);
    }

    @Override public void run() { spec.commandLine().usage(System.out); }
}
