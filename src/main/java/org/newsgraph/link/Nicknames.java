package org.newsgraph.link;

import org.newsgraph.text.NameFolding;
import org.newsgraph.text.WordLists;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Given names and the nicknames that stand for them ("Bernie" for Bernard, "Chuck" for Charles), read
 * from CSV rows {@code name,has_nickname,nickname} (the format of the carltonnorthern/nicknames list).
 * A name's forms are the name itself and every formal name it is a nickname of; two given names may
 * denote the same person when their forms meet.
 */
public final class Nicknames {
    /** A bundled list, if the project ships one (optional). */
    public static final String RESOURCE = "/link/nicknames.csv";
    public static final Nicknames NONE = new Nicknames(Map.of());

    private final Map<String, Set<String>> formalByNickname;

    private Nicknames(Map<String, Set<String>> formalByNickname) {
        this.formalByNickname = formalByNickname;
    }

    public static Nicknames read(Reader csv) {
        Map<String, Set<String>> map = new HashMap<>();
        add(csv, map);
        return new Nicknames(map);
    }

    /** The bundled list (if any) plus the given files. */
    public static Nicknames load(List<Path> files) {
        Map<String, Set<String>> map = new HashMap<>();
        InputStream in = Nicknames.class.getResourceAsStream(RESOURCE);
        if (in != null) add(new InputStreamReader(in, StandardCharsets.UTF_8), map);
        for (Path f : files) {
            try {
                add(Files.newBufferedReader(f, StandardCharsets.UTF_8), map);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return map.isEmpty() ? NONE : new Nicknames(map);
    }

    private static void add(Reader csv, Map<String, Set<String>> map) {
        try (Reader r = csv) {
            for (String line : WordLists.lines(r)) {
                String[] f = line.split(",");
                if (f.length != 3 || !f[1].trim().equals("has_nickname")) continue;
                String formal = NameFolding.surface(f[0]), nick = NameFolding.surface(f[2]);
                if (formal.isEmpty() || nick.isEmpty() || formal.equals(nick)) continue;
                map.computeIfAbsent(nick, k -> new LinkedHashSet<>()).add(formal);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The given name itself (first) and the formal names it may stand for. */
    public Set<String> forms(String given) {
        Set<String> out = new LinkedHashSet<>();
        out.add(given);
        out.addAll(formalByNickname.getOrDefault(given, Set.of()));
        return out;
    }

    public int size() {
        return formalByNickname.size();
    }
}
