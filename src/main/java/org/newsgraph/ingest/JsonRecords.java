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

    static JsonValue parse(String s) throws Malformed {
        try {
            return JSON.parseAny(s);
        } catch (JsonParseException e) {
            String msg = e.getMessage() == null ? "syntax error" : e.getMessage();
            return fail(msg.replaceAll("^\\[line: \\d+, col: \\d+ ]\\s*", ""), e.getLine());
        } catch (JsonException | IllegalArgumentException e) {
            return fail(String.valueOf(e.getMessage()), -1);
        }
    }

    private static JsonValue fail(String msg, int line) throws Malformed {
        throw new Malformed(msg, line);
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
