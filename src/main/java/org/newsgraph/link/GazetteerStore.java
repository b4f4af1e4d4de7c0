package org.newsgraph.link;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The gazetteers a database links against, kept in its folder: {@code DB/gazetteers/NAME.tsv} in the
 * normalised format ({@link GazetteerTsv}) and nickname lists as {@code DB/gazetteers/NAME.nicknames.csv}.
 * The bundled verified list is always used and is not stored here. Every later build of the database
 * reads them all.
 */
public final class GazetteerStore {
    public static final String DIR = "gazetteers";
    static final String TSV = ".tsv", NICKNAMES = ".nicknames.csv";

    private final Path dir;

    public GazetteerStore(Path dbDir) {
        this.dir = dbDir.resolve(DIR);
    }

    /** One stored gazetteer: its name, what it holds and its size on disk. */
    public record Listed(String name, String what, int entries, long bytes) {}

    /** Stores entries as gazetteer {@code name}, replacing one of the same name. */
    public Path save(String name, List<GazetteerEntry> entries) throws IOException {
        Path target = dir.resolve(checkName(name) + TSV);
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".import", ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            w.write("# gazetteer '" + name + "' for newsgraph (normalised format)\n");
            GazetteerTsv.write(entries, w);
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        readableLikeTheDatabase(target);
        return target;
    }

    /** A temporary file is private; the stored gazetteer is as readable as any other file of the database. */
    private static void readableLikeTheDatabase(Path f) {
        try {
            Files.setPosixFilePermissions(f, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system: keep what the system gave
        }
    }

    /** Stores a nickname list (rows name,has_nickname,nickname) as {@code name}. */
    public Path saveNicknames(String name, Path csv) throws IOException {
        Path target = dir.resolve(checkName(name) + NICKNAMES);
        Files.createDirectories(dir);
        if (Nicknames.load(List.of(csv)).size() == 0)
            throw new IllegalArgumentException(csv + ": no name,has_nickname,nickname rows");
        Files.copy(csv, target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    /** Removes gazetteer (or nickname list) {@code name}; false when there is none. */
    public boolean remove(String name) throws IOException {
        boolean a = Files.deleteIfExists(dir.resolve(checkName(name) + TSV));
        boolean b = Files.deleteIfExists(dir.resolve(name + NICKNAMES));
        return a || b;
    }

    public List<Listed> list() throws IOException {
        List<Listed> out = new ArrayList<>();
        out.add(new Listed(Gazetteer.BUNDLED_NAME, "bundled", Gazetteer.bundled().size(), 0));
        for (Path f : files(TSV)) {
            int n = GazetteerTsv.read(Files.newBufferedReader(f, StandardCharsets.UTF_8), name(f, TSV)).size();
            out.add(new Listed(name(f, TSV), "gazetteer", n, Files.size(f)));
        }
        for (Path f : files(NICKNAMES))
            out.add(new Listed(name(f, NICKNAMES), "nicknames", Nicknames.load(List.of(f)).size(), Files.size(f)));
        return out;
    }

    /** The bundled list plus every stored gazetteer and nickname list. */
    public Gazetteer load() {
        try {
            List<GazetteerEntry> all = new ArrayList<>(Gazetteer.bundled());
            for (Path f : files(TSV))
                all.addAll(GazetteerTsv.read(Files.newBufferedReader(f, StandardCharsets.UTF_8), name(f, TSV)));
            return new Gazetteer(all, Nicknames.load(files(NICKNAMES)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Path> files(String suffix) throws IOException {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> {
                String n = p.getFileName().toString();
                return n.endsWith(suffix) && !(suffix.equals(TSV) && n.endsWith(NICKNAMES)) && !n.startsWith(".");
            }).sorted().toList();
        }
    }

    private static String name(Path f, String suffix) {
        String n = f.getFileName().toString();
        return n.substring(0, n.length() - suffix.length());
    }

    static String checkName(String name) {
        if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}") || name.endsWith(".nicknames"))
            throw new IllegalArgumentException("a gazetteer name is letters, digits, '.', '_' or '-': " + name);
        if (name.equals(Gazetteer.BUNDLED_NAME))
            throw new IllegalArgumentException("'" + Gazetteer.BUNDLED_NAME + "' is the bundled list's name");
        return name;
    }
}
