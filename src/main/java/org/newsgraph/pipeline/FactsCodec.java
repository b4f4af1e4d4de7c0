package org.newsgraph.pipeline;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.newsgraph.extract.ArticleFacts;
import org.newsgraph.ingest.Article;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Articles and their facts as bytes between Spark stages and in a build's spill file: JSON of the records' components (Jackson
 * reads records through their canonical constructors), so the stage records stay plain records and
 * need not be {@code Serializable}. Sets keep their order.
 */
public final class FactsCodec {
    private FactsCodec() {}

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new SimpleModule().addAbstractTypeMapping(Set.class, LinkedHashSet.class))
            // derived accessors such as Speaker.isAnonymous() are written but not read back
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public static byte[] article(Article a) { return write(a); }

    public static Article article(byte[] b) { return read(b, Article.class); }

    public static byte[] facts(ArticleFacts f) { return write(f); }

    public static ArticleFacts facts(byte[] b) { return read(b, ArticleFacts.class); }

    private static byte[] write(Object o) {
        try {
            return JSON.writeValueAsBytes(o);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T read(byte[] b, Class<T> type) {
        try {
            return JSON.readValue(b, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
