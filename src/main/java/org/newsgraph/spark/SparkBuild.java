package org.newsgraph.spark;

import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.newsgraph.cli.JdkStax;
import org.newsgraph.ingest.Ingestor;
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
 * {@code spark-build}: the build on Apache Spark. Executors read, analyse and extract articles; the
 * driver freezes cross-article resolution from their facts (texts left out); executors then map each
 * article to quads against it, and the driver writes them as gzip N-Quads parts for {@code load}. Also the
 * main class for {@code spark-submit --class org.newsgraph.spark.SparkBuild}.
 */
@Command(name = "spark-build", mixinStandardHelpOptions = true,
        description = {"Builds the graph on Apache Spark: ingest, CoreNLP and extraction run on the executors, "
                + "resolution is frozen on the driver from every article's facts, then Wikidata linking (offline gazetteer) and RDF run on the executors; writes "
                + "gzip N-Quads parts (one named graph per article plus the resolution graph) for `load`.",
                "Inputs: files and folders as for build (on a file system every executor mounts) and Parquet "
                        + "files or folders (PATH ending in .parquet; any Hadoop URI) with a text column."})
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

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "article files or folders, and .parquet files or folders")
    List<String> paths;

    public static void main(String[] args) {
        System.exit(new CommandLine(new SparkBuild()).execute(args));
    }

    @Override public Integer call() throws Exception {
        JdkStax.prefer();
        long maxBytes = (long) (maxFileMb * 1024 * 1024);
        List<String> files = new ArrayList<>();
        List<String> parquet = new ArrayList<>();
        List<Path> local = new ArrayList<>();
        for (String p : paths) {
            if (p.toLowerCase(Locale.ROOT).endsWith(".parquet")) parquet.add(p);
            else if (p.matches("^[A-Za-z][A-Za-z0-9+.-]+://.*") && !p.startsWith("file:"))
                throw new IllegalArgumentException(p + ": article folders must be on a file system every executor mounts; "
                        + "put articles on HDFS/S3 as Parquet (PATH ending in .parquet)");
            else local.add(Path.of(p.startsWith("file:") ? java.net.URI.create(p).getPath() : p));
        }
        // the same files in the same order as build: that order decides which of two identical texts is kept
        if (!local.isEmpty()) for (Path f : new Ingestor(maxBytes).listFiles(local)) files.add(f.toString());

        SparkSession.Builder sb = SparkSession.builder().appName("newsgraph spark-build");
        String m = master != null ? master : System.getProperty("spark.master");
        sb.master(m != null ? m : "local[*]");
        if (m == null || m.startsWith("local")) sb.config("spark.ui.enabled", "false");
        long t0 = System.nanoTime();
        try (SparkSession spark = sb.getOrCreate()) {
            JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
            LongAccumulator tokens = jsc.sc().longAccumulator("tokens");
            LongAccumulator failed = jsc.sc().longAccumulator("failed articles");
            PartitionAnalysis analysis = new PartitionAnalysis(maxBytes, failFirstAttempt, tokens, failed);
            int slices = partitions > 0 ? partitions : Math.max(1, jsc.defaultParallelism() * 4);

            JavaRDD<byte[]> facts = jsc.emptyRDD();
            if (!files.isEmpty())
                facts = jsc.parallelize(files, Math.min(slices, files.size())).mapPartitions(analysis::files);
            if (!parquet.isEmpty()) {
                Dataset<Row> rows = spark.read().parquet(parquet.toArray(String[]::new));
                ParquetArticles reader = new ParquetArticles(textColumn, rows.columns(), maxBytes);
                JavaRDD<byte[]> articles = rows.toJavaRDD().zipWithIndex()
                        .map(t -> reader.article(t._1(), t._2())).filter(b -> b != null);
                facts = facts.union(articles.mapPartitions(analysis::articles));
            }
            // analyse every partition in parallel once
            facts.persist(StorageLevel.MEMORY_AND_DISK());
            JavaPairRDD<byte[], Long> positioned = facts.zipWithIndex();
            long analysed = positioned.count();
            long t1 = System.nanoTime();
            System.err.printf("analysed %,d articles (%,d tokens) on Spark in %.1f s; %d failed%n",
                    analysed, tokens.value(), (t1 - t0) / 1e9, failed.value());
            // pass 1: the facts without their texts to the driver, frozen into one resolution index
            List<Tuple2<byte[], Long>> lean = positioned
                    .map(t -> new Tuple2<>(FactsCodec.facts(FactsCodec.facts(t._1()).withoutText()), t._2())).collect();
            ResolutionPasses.Frozen frozen = ResolutionPasses.freeze(lean, System.err);
            // pass 2 on the executors: ids from the broadcast index, links and RDF per partition
            ResolutionPasses.Mapping mapping = new ResolutionPasses.Mapping(jsc.broadcast(frozen.index()),
                    jsc.broadcast(frozen.dropped()), base, wikidata);
            ResolutionPasses.linker(wikidata);                               // a wrong --wikidata fails here, not on a task
            JavaRDD<Tuple2<String, Long>> blocks = positioned.mapPartitions(mapping::map);
            blocks.persist(StorageLevel.MEMORY_AND_DISK());
            blocks.count();                                                  // every partition at once, then streamed
            ResolutionPasses.Result r = ResolutionPasses.write(blocks.toLocalIterator(), frozen.index(), out, base, quadsPerPart);
            int duplicates = frozen.dropped().size();
            double secs = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "%d article(s) built, %d duplicate(s); %,d quads in %d part(s) under %s; "
                            + "%,d tokens in %.1f s (%.0f tokens/s)%n", r.built(), duplicates, r.quads(), r.parts(), out,
                    tokens.value(), secs, tokens.value() / secs);
            return failed.value() > 0 ? 2 : 0;
        }
    }
}
