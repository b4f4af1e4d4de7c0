package org.newsgraph.ingest;

import javax.json.JsonArray;
import javax.json.JsonNumber;
import javax.json.JsonObject;
import javax.json.JsonString;
import javax.json.JsonValue;
import javax.json.stream.JsonParsingException;

/** Small helpers for reading article records from JSON / JSON Lines. */
final class JsonRecords {
    private JsonRecords() {}

    /** Fields tried, in order, for the article text. */
    static final String[] TEXT_FIELDS = {"text", "articleBody", "body", "content"};

    static String string(JsonObject o, String key) {
        JsonValue v = o.get(key);
        if (v instanceof JsonString s) return s.getString().isBlank() ? null : s.getString();
        if (v instanceof JsonNumber n) return n.toString();
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
        if (v instanceof JsonString s) return s.getString().isBlank() ? null : s.getString().strip();
        if (v instanceof JsonObject o) return name(o.get("name"));
        if (v instanceof JsonArray a) {
            for (JsonValue x : a) {
                String n = name(x);
                if (n != null) return n;
            }
        }
        return null;
    }

    /** "malformed JSON at line N: what the parser saw", N counted in the file. */
    static String malformed(JsonParsingException e, long lineOffset) {
        long line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
        String msg = e.getMessage() == null ? "syntax error" : e.getMessage();
        msg = msg.replaceAll("\\s*at \\(line no=.*?\\)", "").strip();
        return "malformed JSON at line " + (line < 0 ? lineOffset + 1 : line + lineOffset) + ": " + msg;
    }
}
