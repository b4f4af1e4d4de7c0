package org.newsgraph.ingest;

import org.apache.jena.atlas.json.JsonValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code .json}: one article object, an array of them, or a wrapper such as {@code {"articles": [...]}}.
 * A bad record is skipped with its number; the others are kept.
 */
public final class JsonFileReader implements ArticleReader {
    @Override public List<String> extensions() { return List.of(".json"); }

    @Override public Ingestor.ReadResult read(InputFile file, byte[] bytes, ArticleAssembler assembler) throws IngestException {
        String text = ArticleAssembler.decode(file, bytes, false);
        JsonValue root;
        try {
            root = JsonRecords.parse(text);
        } catch (JsonRecords.Malformed e) {
            throw new IngestException(file, "malformed JSON" + (e.line > 0 ? " at line " + e.line : "") + ": " + e.getMessage(), e);
        }
        List<JsonValue> records = new ArrayList<>();
        boolean single = false;
        if (root.isArray()) {
            root.getAsArray().forEach(records::add);
        } else if (root.isObject() && JsonRecords.text(root.getAsObject()) != null) {
            records.add(root);
            single = true;
        } else if (root.isObject()) {
            // A wrapper such as {"articles": [...]}: the first array of objects it holds.
            root.getAsObject().entrySet().stream().map(Map.Entry::getValue).filter(JsonRecords::isArrayOfObjects)
                    .findFirst().ifPresent(v -> v.getAsArray().forEach(records::add));
            if (records.isEmpty()) throw new IngestException(file, "JSON object has no \"text\" field and no list of articles");
        } else {
            throw new IngestException(file, "JSON holds neither an article object nor an array of them");
        }
        List<Article> articles = new ArrayList<>();
        List<IngestException> problems = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            int n = i + 1;
            String where = single ? "" : "record " + n + " skipped: ";
            try {
                if (!records.get(i).isObject()) throw new IngestException(file, where + "not a JSON object");
                articles.add(JsonRecords.article(file, records.get(i).getAsObject(), single ? 0 : n,
                        single ? file.name() : file.name() + "#" + n, where, assembler));
            } catch (IngestException e) {
                problems.add(e);
            }
        }
        return new Ingestor.ReadResult(articles, problems);
    }
}
