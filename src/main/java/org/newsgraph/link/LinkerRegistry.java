package org.newsgraph.link;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Linkers by name, so the build asks for "offline", "online" or "off" and never switches on them.
 * Reviewed decisions of the database ({@link ReviewedLinks}) come first with every linker but "off".
 */
public final class LinkerRegistry {
    private LinkerRegistry() {}

    /**
     * What a linker may need.
     *
     * @param dbDir    the database folder (its gazetteers and reviews), or null for none
     * @param cacheDir where the online linker caches Wikidata responses
     */
    public record Settings(Path dbDir, Path cacheDir) {}

    private static final Map<String, Function<Settings, Linker>> LINKERS = new LinkedHashMap<>();

    static {
        register("offline", s -> reviewed(s, gazetteerLinker(s)));
        register("online", s -> reviewed(s, new ChainedLinker(gazetteerLinker(s), OnlineLinker.wikidata(s.cacheDir()))));
        register("off", s -> candidates -> List.of());
    }

    public static synchronized void register(String name, Function<Settings, Linker> factory) {
        LINKERS.put(name, factory);
    }

    public static synchronized Set<String> names() {
        return Set.copyOf(LINKERS.keySet());
    }

    public static Linker create(String name, Settings settings) {
        Function<Settings, Linker> f;
        synchronized (LinkerRegistry.class) {
            f = LINKERS.get(name == null ? "" : name.toLowerCase(java.util.Locale.ROOT));
        }
        if (f == null) throw new IllegalArgumentException("--wikidata must be one of " + LINKERS.keySet() + ", not " + name);
        return f.apply(settings);
    }

    /** The offline linker over the database's gazetteers (the bundled list alone without a database). */
    public static GazetteerLinker gazetteerLinker(Settings s) {
        return s.dbDir() == null ? new GazetteerLinker() : new GazetteerLinker(new GazetteerStore(s.dbDir()).load());
    }

    private static Linker reviewed(Settings s, Linker inner) {
        if (s.dbDir() == null) return inner;
        ReviewedLinks reviews = new ReviewedLinks(s.dbDir());
        return reviews.isEmpty() ? inner : new ReviewedLinker(inner, reviews);
    }
}
