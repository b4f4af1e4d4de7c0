package org.newsgraph.ingest;

import java.util.List;

/**
 * {@code .txt}: one article per file, paragraphs separated by blank lines, metadata read from the text;
 * HTML character references left in by copying from a web page are decoded.
 */
public final class TextFileReader implements ArticleReader {
    @Override public List<String> extensions() { return List.of(".txt"); }

    @Override public Ingestor.ReadResult read(InputFile file, byte[] bytes, ArticleAssembler assembler) throws IngestException {
        String text = CharacterReferences.decode(ArticleAssembler.decode(file, bytes, false));
        Article a = assembler.assemble(file, Origin.of(file, 0, null, null), file.name(),
                assembler.cleaner().clean(text), ArticleAssembler.Given.NONE, "");
        return new Ingestor.ReadResult(List.of(a), List.of());
    }
}
