package org.newsgraph.link;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The normalised TSV (qid, kind, label, aliases[, position, start, end, party, area]) as the bundled
 * verified gazetteer is written; also the shared hand-verified list's own layout (label, id, kind),
 * recognised by its header.
 */
final class TsvFormat implements GazetteerFormat {
    @Override public String name() {
        return "tsv";
    }

    @Override public List<GazetteerEntry> read(Path file, String source, Map<String, String> params) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        boolean verifiedLayout = lines.stream().filter(l -> !l.isBlank() && !l.startsWith("#")).findFirst()
                .map(l -> l.startsWith("label\tid\tkind")).orElse(false);
        if (!verifiedLayout) return GazetteerTsv.read(new StringReader(String.join("\n", lines)), source);
        StringBuilder tsv = new StringBuilder();
        for (String l : lines) {
            String[] f = l.split("\t", -1);
            if (l.startsWith("#") || f.length < 3 || f[0].equals("label")) continue;
            tsv.append(f[1].trim()).append('\t').append(f[2].trim()).append('\t').append(f[0].trim()).append("\t\n");
        }
        return GazetteerTsv.read(new StringReader(tsv.toString()), source);
    }
}
