package org.newsgraph.ingest;

import java.util.List;

/** {@code .html}/{@code .htm}: one article per page; the page's own metadata comes first. */
public final class HtmlFileReader implements ArticleReader {
    private final HtmlReader html = new HtmlReader();

    @Override public List<String> extensions() { return List.of(".html", ".htm"); }

    @Override public Ingestor.ReadResult read(InputFile file, byte[] bytes, ArticleAssembler assembler) throws IngestException {
        String text = ArticleAssembler.decode(file, bytes, true);
        HtmlReader.Page page = html.read(text, file.uri().toString());
        ArticleAssembler.Given given = new ArticleAssembler.Given(page.headline(), page.datePublished(), page.author(),
                page.publisher(), page.url());
        Article a = assembler.assemble(file, Origin.of(file, 0, null, page.url()), file.name(),
                assembler.cleaner().cleanParagraphs(page.paragraphs()), given, "");
        return new Ingestor.ReadResult(List.of(a), List.of());
    }
}
