package org.newsgraph.cli;

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
        JdkStax.prefer();
        CommandLine cl = new CommandLine(new Main());
        cl.addSubcommand("spark-build", sparkBuild());
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("newsgraph: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            return 1;
        });
        return cl.execute(args);
    }

    /**
     * spark-build lives in org.newsgraph.spark, which builds on this package's pipeline wiring; it is
     * looked up by name so the two packages do not import each other.
     */
    private static Object sparkBuild() {
        try {
            return Class.forName("org.newsgraph.spark.SparkBuild").getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("spark-build is missing from this build", e);
        }
    }

    @Override public void run() { spec.commandLine().usage(System.out); }
}
