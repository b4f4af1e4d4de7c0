package org.newsgraph.link;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** One input format a gazetteer can be imported from; registered by name in {@link GazetteerFormats}. */
public interface GazetteerFormat {
    /** The {@code --format} name ("everypolitician"). */
    String name();

    /**
     * Reads one file into normalised entries.
     *
     * @param source name of the gazetteer being imported (recorded with each entry)
     * @param params format-specific settings (EveryPolitician's term dates), possibly empty
     */
    List<GazetteerEntry> read(Path file, String source, Map<String, String> params) throws IOException;
}
