package org.newsgraph.spark;

import org.newsgraph.extract.ArticleFacts;
import org.newsgraph.ingest.Article;

/** Articles and their facts as bytes between Spark stages: {@link org.newsgraph.pipeline.FactsCodec}, the build's own. */
final class FactsCodec {
    private FactsCodec() {}

    static byte[] article(Article a) { return org.newsgraph.pipeline.FactsCodec.article(a); }

    static Article article(byte[] b) { return org.newsgraph.pipeline.FactsCodec.article(b); }

    static byte[] facts(ArticleFacts f) { return org.newsgraph.pipeline.FactsCodec.facts(f); }

    static ArticleFacts facts(byte[] b) { return org.newsgraph.pipeline.FactsCodec.facts(b); }
}
