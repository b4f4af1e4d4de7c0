package org.newsgraph.link;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A researcher's decisions on links, kept in the database folder ({@code DB/links-reviewed.tsv}:
 * entity, decision, qid, note) so that every later build keeps them: an accepted or corrected link
 * is the entity's link whatever the gazetteers say; a rejected item is never linked to that entity.
 */
public final class ReviewedLinks {
    public static final String FILE = "links-reviewed.tsv";

    public enum Decision { ACCEPT, REJECT, CORRECT }

    /** One decision: for {@code entityId}, ACCEPT/CORRECT link {@code qid}, REJECT never links {@code qid}. */
    public record Review(String entityId, Decision decision, String qid, String note) {
        public Review {
            if (!qid.matches("Q[1-9][0-9]*")) throw new IllegalArgumentException("not a Wikidata item id: " + qid);
            note = note == null ? "" : note.replaceAll("[\\t\\r\\n]+", " ");
        }
    }

    private final Path file;
    private final Map<String, Review> byEntity = new LinkedHashMap<>();

    public ReviewedLinks(Path dbDir) {
        this.file = dbDir.resolve(FILE);
        if (!Files.isRegularFile(file)) return;
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("entity\t")) continue;
                String[] f = line.split("\t", -1);
                if (f.length < 3) throw new IllegalArgumentException(file + ": bad line " + line);
                byEntity.put(f[0], new Review(f[0], Decision.valueOf(f[1]), f[2], f.length > 3 ? f[3] : ""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Review get(String entityId) {
        return byEntity.get(entityId);
    }

    public Collection<Review> all() {
        return List.copyOf(byEntity.values());
    }

    public boolean isEmpty() {
        return byEntity.isEmpty();
    }

    /** Adds decisions (a later one for the same entity replaces the earlier) and saves the file. */
    public void record(List<Review> reviews) throws IOException {
        for (Review r : reviews) byEntity.put(r.entityId(), r);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".reviews", ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            w.write("# reviewed Wikidata links, kept by every build of this database (newsgraph link apply)\n");
            w.write("entity\tdecision\tqid\tnote\n");
            for (Review r : byEntity.values())
                w.write(r.entityId() + '\t' + r.decision() + '\t' + r.qid() + '\t' + r.note() + '\n');
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The link a review decides for an entity, or null when the linker should decide. */
    public static EntityLink linkFor(Review r) {
        return switch (r.decision()) {
            case ACCEPT -> new EntityLink(r.entityId(), r.qid(), 1.0, ReviewedLinker.METHOD,
                    "accepted by review" + (r.note().isEmpty() ? "" : ": " + r.note()), List.of());
            case CORRECT -> new EntityLink(r.entityId(), r.qid(), 1.0, ReviewedLinker.METHOD,
                    "corrected by review" + (r.note().isEmpty() ? "" : ": " + r.note()), List.of());
            case REJECT -> null;
        };
    }

}
