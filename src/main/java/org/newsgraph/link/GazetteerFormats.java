package org.newsgraph.link;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The gazetteer import formats by name. Adding a format means adding one class and one line here. */
public final class GazetteerFormats {
    private GazetteerFormats() {}

    private static final Map<String, GazetteerFormat> FORMATS = new LinkedHashMap<>();

    static {
        register(new TsvFormat());
        register(new EveryPoliticianFormat());
        register(new WdqsFormat());
    }

    public static synchronized void register(GazetteerFormat f) {
        FORMATS.put(f.name(), f);
    }

    public static synchronized GazetteerFormat get(String name) {
        GazetteerFormat f = FORMATS.get(name);
        if (f == null) throw new IllegalArgumentException("unknown gazetteer format '" + name + "'; known: " + names());
        return f;
    }

    public static synchronized Set<String> names() {
        return Set.copyOf(FORMATS.keySet());
    }
}
