package org.newsgraph.spark;

import org.apache.spark.TaskContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;
import org.newsgraph.extract.ArticleExtractor;
import org.newsgraph.extract.ArticleFacts;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.IngestException;
import org.newsgraph.ingest.Ingestor;
import org.newsgraph.nlp.Document;
import org.newsgraph.nlp.NlpPipeline;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The per-partition work of {@code spark-build}: read the partition's files (or rows), then NLP and
 * extraction of each article with the code {@code build} runs. Only this small settings object is
 * serialised to executors; the CoreNLP pipeline is the per-JVM {@link NlpPipeline#shared()} loaded
 * on first use inside the task, and the extractor is made per partition. Inputs that cannot be read
 * are named with their reason in the {@code skipped} accumulator, which the driver prints and counts.
 */
final class PartitionAnalysis implements Serializable {
    private static final long serialVersionUID = 1L;

    private final long maxFileBytes;
    private final boolean failFirstAttempt;
    private final LongAccumulator tokens;
    private final LongAccumulator failed;
    private final CollectionAccumulator<String> skipped;
    private final Broadcast<HadoopFiles.Conf> hadoopConf;

    PartitionAnalysis(long maxFileBytes, boolean failFirstAttempt, LongAccumulator tokens, LongAccumulator failed,
                      CollectionAccumulator<String> skipped, Broadcast<HadoopFiles.Conf> hadoopConf) {
        this.maxFileBytes = maxFileBytes;
        this.failFirstAttempt = failFirstAttempt;
        this.tokens = tokens;
        this.failed = failed;
        this.skipped = skipped;
        this.hadoopConf = hadoopConf;
    }

    /** Files (on any Hadoop file system the executors reach) → facts, in file order and record order. */
    Iterator<byte[]> files(Iterator<HadoopFiles.Entry> entries) {
        JdkStax.prefer();   // executors run Jena too
        Ingestor ingestor = new Ingestor(maxFileBytes);
        List<Article> articles = new ArrayList<>();
        while (entries.hasNext()) {
            Ingestor.ReadResult r = HadoopFiles.read(entries.next(), ingestor, hadoopConf.value().get());
            for (IngestException p : r.problems()) skipped.add(p.getMessage());
            articles.addAll(r.articles());
        }
        return analyze(articles);
    }

    /** Articles (already read, as bytes) → facts, in order. */
    Iterator<byte[]> articles(Iterator<byte[]> encoded) {
        JdkStax.prefer();
        List<Article> articles = new ArrayList<>();
        encoded.forEachRemaining(b -> articles.add(FactsCodec.article(b)));
        return analyze(articles);
    }

    private Iterator<byte[]> analyze(List<Article> articles) {
        ArticleExtractor extractor = new ArticleExtractor();
        Set<String> hashes = new HashSet<>();
        List<byte[]> out = new ArrayList<>();
        for (Article a : articles) {
            // the same text twice in one partition is analysed once; the driver drops the rest as build does
            if (!hashes.add(a.contentHash())) continue;
            try {
                Document doc = NlpPipeline.shared().annotate(a.text(), a.datePublished());
                ArticleFacts facts = extractor.extract(a, doc);
                tokens.add(doc.tokenCount());
                out.add(FactsCodec.facts(facts));
            } catch (RuntimeException e) {
                failed.add(1);
                skipped.add(a.source() + ": analysis failed: " + e);
            }
        }
        TaskContext task = TaskContext.get();
        if (failFirstAttempt && task != null && task.partitionId() == 0 && task.attemptNumber() == 0)
            throw new IllegalStateException("injected failure of the first attempt of partition 0 (test)");
        return out.iterator();
    }
}
