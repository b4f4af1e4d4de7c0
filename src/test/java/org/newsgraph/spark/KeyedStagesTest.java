package org.newsgraph.spark;

import org.apache.jena.sparql.core.Quad;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.ArticleFacts;
import org.newsgraph.ingest.Article;
import org.newsgraph.pipeline.ArticleMapper;
import org.newsgraph.rdf.Iris;
import org.newsgraph.resolve.CorpusResolver;
import org.newsgraph.resolve.KeyedCorpus;
import org.newsgraph.resolve.ResolutionIndex;
import scala.Tuple2;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Resolution as keyed Spark stages, without NLP (facts made by hand): on random corpora whose people share
 * surnames, initials and acronyms, whose speakers repeat themselves and whose events recur, the quads are
 * those of {@code build}'s resolution and mapping; and the driver receives much less than the articles'
 * facts (it used to collect them all).
 */
class KeyedStagesTest {
    private static final String BASE = "https://w3id.org/newsgraph/id/";
    private static SparkSession spark;
    private static JavaSparkContext jsc;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").config("spark.ui.enabled", "false").appName("keyed stages test").getOrCreate();
        jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    }

    @AfterAll
    static void stop() throws Exception {
        spark.close();
    }

    /** The corpus with one text repeated under another name (build keeps the first in input order). */
    private static List<ArticleFacts> withACopy(List<ArticleFacts> corpus) {
        List<ArticleFacts> out = new ArrayList<>(corpus);
        ArticleFacts f = corpus.get(3);
        Article a = f.article();
        Article copy = new Article("zz-copy", "zz-copy.txt", a.text(), a.headline(), a.datePublished(), a.author(), a.publisher(),
                a.url(), a.contentHash(), a.dropped(), a.origin());
        out.add(new ArticleFacts(copy, f.agents(), f.statements(), f.events(), f.links(), f.topics()));
        return out;
    }

    /** What build's resolution and mapping give for these articles (each text once). */
    private static List<String> buildQuads(List<ArticleFacts> articles) {
        Set<String> hashes = new HashSet<>();
        List<ArticleFacts> once = new ArrayList<>();
        for (ArticleFacts f : articles) if (hashes.add(f.article().contentHash())) once.add(f);
        ResolutionIndex index = new CorpusResolver(List.of(), List.of(), List.of()).index(once);
        Iris iris = new Iris(BASE);
        ArticleMapper mapper = new ArticleMapper(index, ResolutionPasses.linker("offline"), iris, Set.of());
        List<Quad> quads = new ArrayList<>();
        for (ArticleFacts f : once) {
            var o = mapper.map(f);
            quads.addAll(o.articleQuads());
            quads.addAll(o.resolutionQuads());
        }
        quads.addAll(ArticleMapper.resolutionQuads(index, iris));
        return NQuadsParts.nquads(quads).lines().filter(l -> !l.isBlank()).sorted().toList();
    }

    private record Run(List<String> quads, int duplicates, long intake, long leanBytes) {}

    private static Run sparkQuads(List<ArticleFacts> articles, int partitions) throws Exception {
        DriverIntake intake = new DriverIntake();
        jsc.sc().addSparkListener(intake);
        try {
            jsc.setJobGroup("input", "facts", false);
            List<byte[]> encoded = articles.stream().map(FactsCodec::facts).toList();
            JavaPairRDD<byte[], Long> positioned = jsc.parallelize(encoded, partitions).zipWithIndex();
            positioned.count();
            jsc.setJobGroup("resolution", "keyed stages", false);
            ResolutionPasses.Kept kept = ResolutionPasses.dedupe(positioned, partitions);
            JavaRDD<Tuple2<String, Long>> blocks = ResolutionPasses.blocks(kept, BASE, "offline", partitions);
            blocks.persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
            blocks.count();
            jsc.sc().listenerBus().waitUntilEmpty();
            long received = intake.bytes("resolution");
            jsc.setJobGroup("write", "blocks", false);
            List<String> lines = new ArrayList<>();
            blocks.toLocalIterator().forEachRemaining(b -> b._1().lines().filter(l -> !l.isBlank()).forEach(lines::add));
            return new Run(lines.stream().sorted().toList(), kept.duplicates().size(), received, ResolutionPasses.leanBytes(kept));
        } finally {
            jsc.sc().removeSparkListener(intake);
        }
    }

    @Test
    void keyedStagesGiveBuildsQuads() throws Exception {
        for (long seed = 1; seed <= 3; seed++) {
            List<ArticleFacts> corpus = withACopy(KeyedCorpus.corpus(seed, 60));
            Run run = sparkQuads(corpus, 3);
            assertEquals(1, run.duplicates(), "the copy is dropped");
            assertEquals(buildQuads(corpus), run.quads(), "seed " + seed);
        }
    }

    @Test
    void theDriverNoLongerReceivesTheArticlesFacts() throws Exception {
        List<ArticleFacts> corpus = KeyedCorpus.corpus(11, 3000);
        Run run = sparkQuads(corpus, 2);
        // counts and task metrics only: a fixed amount per task, not the facts (which pass 1 used to collect whole)
        assertTrue(run.intake() * 3 < run.leanBytes(), "driver received " + run.intake() + " bytes; the facts are " + run.leanBytes());
    }
}
