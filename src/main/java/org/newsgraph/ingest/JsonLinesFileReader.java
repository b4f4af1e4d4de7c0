package org.newsgraph.ingest;

import org.apache.jena.atlas.json.JsonValue;

import java.util.ArrayList;
import java.util.List;

/** {@code .jsonl}: one article object per line; a bad line is skipped with its number, the others are kept. */
public final class JsonLinesFileReader implements ArticleReader {
    @Override public List<String> extensions() { return List.of(".jsonl"); }

    @Override public Ingestor.ReadResult read(InputFile file, byte[] bytes, ArticleAssembler assembler) throws IngestException {
        String text = ArticleAssembler.decode(file, bytes, false);
        List<Article> articles = new ArrayList<>();
        List<IngestException> problems = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int n = i + 1;
            String line = lines[i].strip();
            if (line.isEmpty()) continue;
            String where = "line " + n + " skipped: ";
            try {
                JsonValue v;
                try {
                    v = JsonRecords.parse(line);
                } catch (JsonRecords.Malformed e) {
                    throw new IngestException(file, where + "malformed JSON: " + e.getMessage(), e);
                }
                if (!v.isObject()) throw new IngestException(file, where + "not a JSON object");
                articles.add(JsonRecords.article(file, v.getAsObject(), n, file.name() + "#" + n, where, assembler));
            } catch (IngestException e) {
                problems.add(e);
            }
        }
        if (articles.isEmpty() && problems.isEmpty()) problems.add(new IngestException(file, TextDecoder.EMPTY));
        return new Ingestor.ReadResult(articles, problems);
    }
}
