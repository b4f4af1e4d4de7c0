package org.newsgraph.eval;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonParseException;
import org.apache.jena.atlas.json.JsonValue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a gold annotation file: a JSON array with one object per article (shared/gold/README.md).
 * Errors name the file and the JSON path of the offending value, so a hand-edited file is easy to fix.
 */
public final class GoldFile {
    private GoldFile() {}

    public static List<GoldArticle> read(Path file) throws IOException {
        JsonValue root;
        // Jena's JSON parser: javax.json's provider class clashes with jakarta.json's on our classpath
        try (InputStream in = Files.newInputStream(file)) {
            root = JSON.parseAny(in);
        } catch (JsonParseException e) {
            throw new GoldFormatException("gold file " + file + ": not valid JSON at line " + e.getLine() + ", column "
                    + e.getColumn() + ": " + e.getMessage(), e);
        } catch (JsonException e) {
            throw new GoldFormatException("gold file " + file + ": not valid JSON: " + e.getMessage(), e);
        }
        return new Parser(file).articles(root);
    }

    private record Parser(Path file) {
        List<GoldArticle> articles(JsonValue root) throws GoldFormatException {
            if (!root.isArray())
                throw error("$", "expected a JSON array of articles, found " + kind(root));
            List<GoldArticle> out = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            JsonArray arr = root.getAsArray();
            for (int i = 0; i < arr.size(); i++) {
                String at = "$[" + i + "]";
                JsonObject o = object(arr.get(i), at);
                String id = string(o, "article", at, true);
                if (id.isBlank()) throw error(at + ".article", "empty article id");
                if (!seen.add(id)) throw error(at + ".article", "duplicate article id '" + id + "'");
                out.add(new GoldArticle(id, metadata(o, at), people(o, at), quotes(o, at), reported(o, at)));
            }
            return List.copyOf(out);
        }

        GoldMetadata metadata(JsonObject o, String at) throws GoldFormatException {
            JsonValue v = o.get("metadata");
            if (v == null || v.isNull()) return GoldMetadata.NONE;
            String p = at + ".metadata";
            JsonObject m = object(v, p);
            return new GoldMetadata(string(m, "headline", p, false), string(m, "publisher", p, false),
                    string(m, "author", p, false), string(m, "datePublished", p, false));
        }

        List<GoldPerson> people(JsonObject o, String at) throws GoldFormatException {
            return items(o, "people", at, (x, p) -> {
                List<String> titles = new ArrayList<>();
                JsonArray ts = array(x, "titles", p);
                for (int j = 0; j < ts.size(); j++) {
                    if (!ts.get(j).isString()) throw error(p + ".titles[" + j + "]", "expected a string, found " + kind(ts.get(j)));
                    titles.add(ts.get(j).getAsString().value());
                }
                return new GoldPerson(nonBlank(x, "name", p), titles);
            });
        }

        List<GoldQuote> quotes(JsonObject o, String at) throws GoldFormatException {
            return items(o, "quotes", at, (x, p) -> {
                String type = string(x, "type", p, false);
                if (type != null && !type.equals("direct") && !type.equals("partial"))
                    throw error(p + ".type", "expected \"direct\" or \"partial\", found \"" + type + "\"");
                return new GoldQuote(nonBlank(x, "speaker", p), nonBlank(x, "text", p), type, bool(x, "optional", p));
            });
        }

        List<GoldReported> reported(JsonObject o, String at) throws GoldFormatException {
            return items(o, "reported", at, (x, p) -> new GoldReported(nonBlank(x, "speaker", p), string(x, "cue", p, false),
                    nonBlank(x, "content", p), bool(x, "optional", p)));
        }

        /** Reads one item of a list from its object and JSON path. */
        interface ItemReader<T> { T read(JsonObject item, String at) throws GoldFormatException; }

        /** The objects of a list field ({@code at.key[i]}), each read by {@code reader}. */
        <T> List<T> items(JsonObject o, String key, String at, ItemReader<T> reader) throws GoldFormatException {
            List<T> out = new ArrayList<>();
            JsonArray arr = array(o, key, at);
            for (int i = 0; i < arr.size(); i++) {
                String p = at + "." + key + "[" + i + "]";
                out.add(reader.read(object(arr.get(i), p), p));
            }
            return out;
        }

        // --- typed access with located errors ---

        JsonObject object(JsonValue v, String at) throws GoldFormatException {
            if (!v.isObject()) throw error(at, "expected an object, found " + kind(v));
            return v.getAsObject();
        }

        /** A list field; absent or null reads as empty (an article may have no quotes). */
        JsonArray array(JsonObject o, String key, String at) throws GoldFormatException {
            JsonValue v = o.get(key);
            if (v == null || v.isNull()) return new JsonArray();
            if (!v.isArray()) throw error(at + "." + key, "expected an array, found " + kind(v));
            return v.getAsArray();
        }

        String string(JsonObject o, String key, String at, boolean required) throws GoldFormatException {
            JsonValue v = o.get(key);
            if (v == null || v.isNull()) {
                if (required) throw error(at, "missing string field '" + key + "'");
                return null;
            }
            if (!v.isString()) throw error(at + "." + key, "expected a string, found " + kind(v));
            return v.getAsString().value();
        }

        String nonBlank(JsonObject o, String key, String at) throws GoldFormatException {
            String s = string(o, key, at, true);
            if (s.isBlank()) throw error(at + "." + key, "empty string");
            return s;
        }

        boolean bool(JsonObject o, String key, String at) throws GoldFormatException {
            JsonValue v = o.get(key);
            if (v == null || v.isNull()) return false;
            if (v.isBoolean()) return v.getAsBoolean().value();
            throw error(at + "." + key, "expected true or false, found " + kind(v));
        }

        GoldFormatException error(String at, String what) {
            return new GoldFormatException("gold file " + file + ": " + at + ": " + what);
        }

        static String kind(JsonValue v) {
            if (v.isObject()) return "an object";
            if (v.isArray()) return "an array";
            if (v.isString()) return "a string";
            if (v.isNumber()) return "a number";
            if (v.isBoolean()) return "a boolean";
            return "null";
        }
    }
}
