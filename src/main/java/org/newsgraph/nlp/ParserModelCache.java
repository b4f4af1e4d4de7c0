package org.newsgraph.nlp;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.zip.CRC32;

/**
 * A binary copy of the dependency parser's model, so later runs skip parsing CoreNLP's text model
 * (about 1.7 s of CPU for {@code english_UD.gz}; the copy reads in about 0.1 s).
 *
 * <p>Where: the folder named by {@code -Dnewsgraph.modelCache=DIR} ({@code off} for no copy), by default
 * {@code $XDG_CACHE_HOME/newsgraph}, else {@code ~/.cache/newsgraph}. One file per model, named after
 * the model file, its size and its CRC-32 (read from the jar's entry, or computed for a plain file),
 * which the copy also records: a changed model gets a new copy. The copy is written to a temporary file
 * and renamed into place, so a reader never sees half a copy; one that does not read back (damaged,
 * truncated, another format) is ignored and written again from the text model. Nothing depends on a
 * copy being there: without one the parser loads as before and writes it.
 */
final class ParserModelCache {
    public static final String PROPERTY = "newsgraph.modelCache";

    private final Path dir;

    /** @param dir the cache folder, or null for no cache */
    ParserModelCache(Path dir) { this.dir = dir; }

    /** Asked for only when needed: SLF4J warns when loggers are first made on several threads at once, as models load. */
    private static Logger log() { return LoggerFactory.getLogger(ParserModelCache.class); }

    /** The folder the system property names, or the user's cache folder. */
    static ParserModelCache fromSystem() {
        String p = System.getProperty(PROPERTY);
        if (p != null && !p.isBlank()) {
            return new ParserModelCache(p.strip().toLowerCase(Locale.ROOT).equals("off") ? null : Path.of(p.strip()));
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return new ParserModelCache(base.resolve("newsgraph"));
    }

    /** The model, from its binary copy when there is a good one, else from the text model (then written to the copy). */
    ParserModel load(String modelFile) {
        String key = dir == null ? null : key(modelFile);
        if (key == null) return ParserModel.readText(modelFile);
        Path file = file(key);
        if (Files.isRegularFile(file)) {
            try {
                return ParserModel.fromBinary(Files.readAllBytes(file), key);
            } catch (IOException | RuntimeException e) {
                log().warn("Ignoring the parser model copy {} ({}); writing it again", file, e.toString());
            }
        }
        ParserModel model = ParserModel.readText(modelFile);
        write(file, model.toBinary(key));
        return model;
    }

    /** Where the copy for a model key lives. */
    Path file(String key) {
        int crc = key.lastIndexOf('|'), size = key.lastIndexOf('|', crc - 1);
        String path = key.substring(0, size);
        String name = path.substring(path.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._-]", "_");
        return dir.resolve(name + "-" + key.substring(size + 1, crc) + "-" + key.substring(crc + 1) + ".nndep");
    }

    private void write(Path file, byte[] bytes) {
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
            Files.write(tmp, bytes);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | UnsupportedOperationException e) {
            log().warn("Could not write the parser model copy {} ({}); the next run reads the text model again", file, e.toString());
        } finally {
            try {
                if (tmp != null) Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // a leftover temporary file is never read
            }
        }
    }

    /**
     * {@code path|size|crc32} of the model as CoreNLP finds it (classpath first, then the file system),
     * or null when it cannot be found (then CoreNLP's own error is reported when reading it).
     */
    static String key(String modelFile) {
        try {
            URL url = ParserModelCache.class.getClassLoader().getResource(modelFile);
            if (url == null && Files.isRegularFile(Path.of(modelFile))) url = Path.of(modelFile).toUri().toURL();
            if (url == null) return null;
            URLConnection conn = url.openConnection();
            if (conn instanceof JarURLConnection jar && jar.getJarEntry() != null
                    && jar.getJarEntry().getCrc() >= 0 && jar.getJarEntry().getSize() >= 0) {
                return modelFile + "|" + jar.getJarEntry().getSize() + "|" + Long.toHexString(jar.getJarEntry().getCrc());
            }
            CRC32 crc = new CRC32();
            long size = 0;
            try (InputStream in = conn.getInputStream()) {
                byte[] buf = new byte[1 << 16];
                for (int n; (n = in.read(buf)) > 0; size += n) crc.update(buf, 0, n);
            }
            return modelFile + "|" + size + "|" + Long.toHexString(crc.getValue());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
