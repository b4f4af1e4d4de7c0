package org.newsgraph.ingest;

import java.util.List;

/**
 * Reads one input format into articles. One implementation per format, found by file extension
 * through {@link ArticleReaders} (registered in {@code META-INF/services/org.newsgraph.ingest.ArticleReader});
 * adding a format is one class and one line there.
 *
 * <p>A reader decodes the bytes, finds the article text and the metadata its container states, and
 * hands them to the {@link ArticleAssembler}, which cleans the text and completes the metadata.
 */
public interface ArticleReader {

    /** The file extensions this reader takes, lower case with the dot, e.g. {@code ".json"}. */
    List<String> extensions();

    /**
     * The articles of one file (local or on any Hadoop file system; {@code file} gives its identity) and the problems met; a bad record costs only itself.
     *
     * @throws IngestException when the whole file is unusable
     */
    Ingestor.ReadResult read(InputFile file, byte[] bytes, ArticleAssembler assembler) throws IngestException;
}
