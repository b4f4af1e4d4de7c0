package org.newsgraph.ingest;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonParseException;
import org.apache.jena.atlas.json.JsonValue;

/**
 * Small helpers for reading article records from JSON / JSON Lines. Uses Jena's own JSON parser:
 * the javax.json and jakarta.json implementations on the classpath share the class name
 * {@code org.glassfish.json.JsonProviderImpl}, so whichever loads first breaks the other API.
 */
final class JsonRecords {
    private JsonRecords() {}

    /** Fields tried, in order, for the article text. */
    static final String[] TEXT_FIELDS = {"text", "articleBody", "body", "content"};

    /** A JSON syntax error, with the 1-based line it was found on (within the parsed string). */
    static final class Malformed extends Exception {
        final int line;
        Malformed(String message, int line) {
            super(message);
            this.line = line;
        }
    }

    /** Deeper than any article record; guards the recursive parser against "[[[[…" (a stack overflow). */
    static final int MAX_DEPTH = 200;

    static JsonValue parse(String s) throws Malformed {
        int[] deep = tooDeep(s);
        if (deep != null) return fail("nested deeper than " + MAX_DEPTH + " levels", deep[0]);
        try {
            return JSON.parseAny(s);
        } catch (JsonParseException e) {
            String msg = e.getMessage() == null ? "syntax error" : e.getMessage();
            return fail(msg.replaceAll("^\\[line: \\d+, col: \\d+ ]\\s*", ""), e.getLine());
        } catch (JsonException | IllegalArgumentException e) {
            return fail(String.valueOf(e.getMessage()), -1);
        }
    }

    /** The 1-based line where nesting first passes {@link #MAX_DEPTH}, or null; one linear scan. */
    static int[] tooDeep(String s) {
        int depth = 0, line = 1;
        boolean inString = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') line++;
            if (inString) {
                if (c == '\\') i++;
                else if (c == '"') inString = false;
            } else if (c == '"') {
                inString = true;
            } else if (c == '[' || c == '{') {
                if (++depth > MAX_DEPTH) return new int[] {line};
            } else if (c == ']' || c == '}') {
                depth--;
            }
        }
        return null;
    }

    private static JsonValue fail(String msg, int line) throws Malformed {
        throw new Malformed(msg, line);
    }

    /**
     * The article of one record: {@code text} (or articleBody/body/content) and the metadata fields it
     * states, which take precedence over what is read from the text.
     */
    static Article article(InputFile file, JsonObject o, int record, String source, String where,
                           ArticleAssembler assembler) throws IngestException {
        String text = text(o);
        if (text == null) throw new IngestException(file, where + "no \"text\" field");
        text = TextDecoder.normalize(text);
        String id = string(o, "id");
        String date = ArticleAssembler.firstNonNull(string(o, "datePublished"), string(o, "date"), string(o, "published"));
        ArticleAssembler.Given given = new ArticleAssembler.Given(
                clean(ArticleAssembler.firstNonNull(string(o, "headline"), string(o, "title"))),
                MetadataExtractor.firstDate(date),
                clean(name(o.get("author"))),
                clean(name(o.get("publisher"))),
                clean(string(o, "url")));
        return assembler.assemble(file, Origin.of(file, record, id, given.url()), source,
                assembler.cleaner().cleanParagraphs(assembler.paragraphs(text)), given, where);
    }

    private static String clean(String s) {
        return s == null ? null : TextDecoder.normalize(s).strip();
    }

    static String string(JsonObject o, String key) {
        JsonValue v = o.get(key);
        if (v == null) return null;
        if (v.isString()) return v.getAsString().value().isBlank() ? null : v.getAsString().value();
        if (v.isNumber()) return v.getAsNumber().value().toString();
        return null;
    }

    static String text(JsonObject o) {
        for (String f : TEXT_FIELDS) {
            String s = string(o, f);
            if (s != null) return s;
        }
        return null;
    }

    /** A person or organisation given as "X", {"name": "X"} or a list of those (the first). */
    static String name(JsonValue v) {
        if (v == null) return null;
        if (v.isString()) return v.getAsString().value().isBlank() ? null : v.getAsString().value().strip();
        if (v.isObject()) return name(v.getAsObject().get("name"));
        if (v.isArray()) {
            for (JsonValue x : v.getAsArray()) {
                String n = name(x);
                if (n != null) return n;
            }
        }
        return null;
    }

    static boolean isArrayOfObjects(JsonValue v) {
        if (!v.isArray()) return false;
        JsonArray a = v.getAsArray();
        return !a.isEmpty() && a.get(0).isObject();
    }
}
