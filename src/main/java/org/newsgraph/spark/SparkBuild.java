package org.newsgraph.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;
import picocli.CommandLine;
import scala.Tuple2;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code spark-build}: the build on Apache Spark. Executors read, analyse and extract articles, resolve
 * them across articles in keyed stages and map each article to quads; the driver writes them as gzip
 * N-Quads parts for {@code load}. Also the
 * main class for {@code spark-submit --class org.newsgraph.spark.SparkBuild}.
 */
@Command(name = "spark-build", mixinStandardHelpOptions = true,
        description = {"Builds the graph on Apache Spark: ingest, CoreNLP and extraction run on the executors, "
                + "cross-article resolution runs as keyed stages, then Wikidata linking (offline gazetteer) and RDF run on the executors; writes "
                + "gzip N-Quads parts (one named graph per article plus the resolution graph) for `load`.",
                "Inputs: files and folders as for build, as local paths (on a file system every executor mounts) "
                        + "or URIs of any Hadoop file system (file:, hdfs:, s3a:, ...), and Parquet files or folders "
                        + "(PATH ending in .parquet; any Hadoop URI) with a text column."})
public final class SparkBuild implements Callable<Integer> {
    @Option(names = "--master", paramLabel = "URL", description = "Spark master, e.g. local[*] (default: as spark-submit sets it, else local[*])")
    String master;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder of part-NNNNN.nq.gz files (replaced)")
    Path out;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = "https://w3id.org/newsgraph/id/",
            description = "base IRI of minted data (default: ${DEFAULT-VALUE})")
    String base;

    @Option(names = "--wikidata", paramLabel = "MODE", defaultValue = "offline",
            description = "offline (bundled verified gazetteer, default) or off")
    String wikidata;

    @Option(names = "--partitions", paramLabel = "N", description = "input partitions (default: 4 per core of the cluster)")
    int partitions;

    @Option(names = "--text-column", paramLabel = "NAME", defaultValue = "text", description = "text column of Parquet inputs (default: ${DEFAULT-VALUE})")
    String textColumn;

    @Option(names = "--max-file-size", paramLabel = "MB", defaultValue = "5", description = "largest input file in MB (default: ${DEFAULT-VALUE})")
    double maxFileMb;

    @Option(names = "--quads-per-part", paramLabel = "N", defaultValue = "1000000", description = "quads per output part, at graph boundaries (default: ${DEFAULT-VALUE})")
    long quadsPerPart;

    @Option(names = "--fail-first-attempt", hidden = true, description = "testing: fail the first attempt of partition 0")
    boolean failFirstAttempt;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "article files or folders (paths or file-system URIs), and .parquet files or folders")
    List<String> paths;

    public static void main(String[] args) {
        System.exit(new CommandLine(new SparkBuild()).execute(args));
    }

    @Override public Integer call() throws Exception {
        JdkStax.prefer();
        long maxBytes = (long) (maxFileMb * 1024 * 1024);
        SparkSession.Builder sb = SparkSession.builder().appName("newsgraph spark-build");
        String m = master != null ? master : System.getProperty("spark.master");
        sb.master(m != null ? m : "local[*]");
        if (m == null || m.startsWith("local")) sb.config("spark.ui.enabled", "false");
        long t0 = System.nanoTime();
        try (SparkSession spark = sb.getOrCreate()) {
            JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
            DriverIntake intake = new DriverIntake();
            jsc.sc().addSparkListener(intake);
            LongAccumulator tokens = jsc.sc().longAccumulator("tokens");
            LongAccumulator failed = jsc.sc().longAccumulator("failed articles");
            CollectionAccumulator<String> skipped = jsc.sc().collectionAccumulator("skipped inputs");
            Configuration hadoop = jsc.hadoopConfiguration();
            SparkInputs inputs = SparkInputs.of(paths, maxBytes, hadoop);
            PartitionAnalysis analysis = new PartitionAnalysis(maxBytes, failFirstAttempt, tokens, failed, skipped,
                    jsc.broadcast(new HadoopFiles.Conf(hadoop)));
            int slices = partitions > 0 ? partitions : Math.max(1, jsc.defaultParallelism() * 4);

            JavaRDD<byte[]> facts = jsc.emptyRDD();
            List<HadoopFiles.Entry> files = inputs.files();
            if (!files.isEmpty())
                facts = jsc.parallelize(files, Math.min(slices, files.size())).mapPartitions(analysis::files);
            if (!inputs.parquet().isEmpty()) {
                Dataset<Row> rows = spark.read().parquet(inputs.parquet().toArray(String[]::new));
                ParquetArticles reader = new ParquetArticles(textColumn, rows.columns(), maxBytes, skipped);
                JavaRDD<byte[]> articles = rows.toJavaRDD().zipWithIndex()
                        .map(t -> reader.article(t._1(), t._2())).filter(b -> b != null);
                facts = facts.union(articles.mapPartitions(analysis::articles));
            }
            // analyse every partition in parallel once
            facts.persist(StorageLevel.MEMORY_AND_DISK());
            JavaPairRDD<byte[], Long> positioned = facts.zipWithIndex();
            long analysed = positioned.count();
            long t1 = System.nanoTime();
            // a retried or recomputed task may report a problem twice; each is named once
            List<String> problems = new ArrayList<>(new java.util.TreeSet<>(skipped.value()));
            for (String p : problems) System.err.println("  skipped " + p);
            System.err.printf("analysed %,d articles (%,d tokens) on Spark in %.1f s; %d input(s) or record(s) skipped, %d failed%n",
                    analysed, tokens.value(), (t1 - t0) / 1e9, problems.size(), failed.value());
            // resolution as keyed stages on the executors; the driver gets counts and the repeated inputs' names
            jsc.setJobGroup("resolution", "cross-article resolution and mapping", false);
            ResolutionPasses.linker(wikidata);                               // a wrong --wikidata fails here, not on a task
            int shuffle = Math.max(1, positioned.getNumPartitions());            // every keyed stage keeps the input's partitions
            ResolutionPasses.Kept kept = ResolutionPasses.dedupe(positioned, shuffle);
            for (String d : kept.duplicates()) System.err.println("  same text as an earlier article, built once: " + d);
            JavaRDD<Tuple2<String, Long>> blocks = ResolutionPasses.blocks(kept, base, wikidata, shuffle);
            blocks.persist(StorageLevel.MEMORY_AND_DISK());
            blocks.count();                                                  // every partition at once, then streamed
            jsc.sc().listenerBus().waitUntilEmpty();                        // the listener has seen every task
            long resolutionIntake = intake.bytes("resolution");
            jsc.setJobGroup("measure", "size of the facts without texts", false);
            long leanBytes = ResolutionPasses.leanBytes(kept);
            long built = kept.articles().count();
            jsc.setJobGroup("write", "streaming the quads to the parts", false);
            ResolutionPasses.Result r = ResolutionPasses.write(blocks.toLocalIterator(), out, quadsPerPart, built,
                    kept.duplicates().size());
            System.err.printf(Locale.ROOT, "driver received %,d bytes of task results during resolution (the facts without texts "
                    + "it no longer collects: %,d bytes); the quads it wrote: %,d%n", resolutionIntake, leanBytes, r.quads());
            int duplicates = r.duplicates();
            double secs = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "%,d article(s) built, %d duplicate(s), %d input(s) or record(s) skipped; %,d quads in %d part(s) under %s; "
                            + "%,d tokens in %.1f s (%.0f tokens/s)%n", r.built(), duplicates, problems.size(), r.quads(), r.parts(), out,
                    tokens.value(), secs, tokens.value() / secs);
            return failed.value() > 0 ? 2 : 0;
        }
    }
}
