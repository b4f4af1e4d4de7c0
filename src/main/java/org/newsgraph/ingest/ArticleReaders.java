package org.newsgraph.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/** The {@link ArticleReader}s on the class path, keyed by file extension (loaded once). */
public final class ArticleReaders {
    private static final Map<String, ArticleReader> BY_EXTENSION = load();

    private ArticleReaders() {}

    private static Map<String, ArticleReader> load() {
        Map<String, ArticleReader> out = new LinkedHashMap<>();
        for (ArticleReader r : ServiceLoader.load(ArticleReader.class, ArticleReader.class.getClassLoader()))
            for (String ext : r.extensions()) out.putIfAbsent(ext, r);
        return out;
    }

    /** The reader for an extension such as {@code ".html"}, or null. */
    public static ArticleReader forExtension(String extension) {
        return BY_EXTENSION.get(extension);
    }

    /** Every supported extension, in registration order. */
    public static List<String> extensions() {
        return List.copyOf(BY_EXTENSION.keySet());
    }
}
