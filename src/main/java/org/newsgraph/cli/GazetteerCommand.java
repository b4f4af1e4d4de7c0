package org.newsgraph.cli;

import org.newsgraph.link.GazetteerEntry;
import org.newsgraph.link.GazetteerFormats;
import org.newsgraph.link.GazetteerStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code gazetteer import|list|remove}: the Wikidata gazetteers a database links against. */
@Command(name = "gazetteer", mixinStandardHelpOptions = true,
        description = "Manages the gazetteers kept in the database folder (DB/gazetteers/) that every later build links against.",
        subcommands = {GazetteerCommand.Import.class, GazetteerCommand.ListCmd.class, GazetteerCommand.Remove.class})
public final class GazetteerCommand implements Runnable {
    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override public void run() {
        spec.commandLine().usage(System.out);
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Imports FILE… as one gazetteer (replacing one of the same name).")
    static final class Import implements Callable<Integer> {
        @Mixin DbOptions db;

        @Option(names = "--format", required = true, paramLabel = "FORMAT",
                description = "tsv (normalised or the verified list), everypolitician (term CSVs), wdqs "
                        + "(Wikidata Query Service CSV of queries/wikidata/*.rq), nicknames (name,has_nickname,nickname CSV)")
        String format;

        @Option(names = "--name", paramLabel = "NAME", description = "gazetteer name (default: the first file's name without extension)")
        String name;

        @Option(names = "--term", paramLabel = "TERM=START..END",
                description = "everypolitician: dates of a term the files name, e.g. 114=2015-01-03..2017-01-03 (repeatable)")
        List<String> terms = new ArrayList<>();

        @Option(names = "--kind", paramLabel = "KIND", description = "wdqs: kind of rows without a type column (person, organization, place)")
        String kind;

        @Parameters(paramLabel = "FILE", arity = "1..*")
        List<Path> files;

        @Override public Integer call() throws Exception {
            String n = name != null ? name : files.get(0).getFileName().toString().replaceFirst("\\.[^.]*$", "");
            GazetteerStore store = new GazetteerStore(db.db);
            if (format.equals("nicknames")) {
                if (files.size() != 1) throw new IllegalArgumentException("nicknames: give one file");
                Path p = store.saveNicknames(n, files.get(0));
                System.out.println("imported nickname list '" + n + "' into " + p);
                return 0;
            }
            Map<String, String> params = new LinkedHashMap<>();
            for (String t : terms) {
                int eq = t.indexOf('=');
                if (eq < 1) throw new IllegalArgumentException("--term is TERM=START..END, not " + t);
                params.put("term." + t.substring(0, eq), t.substring(eq + 1));
            }
            if (kind != null) params.put("kind", kind);
            List<GazetteerEntry> entries = new ArrayList<>();
            for (Path f : files) entries.addAll(GazetteerFormats.get(format).read(f, n, params));
            if (entries.isEmpty()) throw new IllegalArgumentException("no entries with a Wikidata id in " + files);
            Path p = store.save(n, entries);
            long items = entries.stream().map(GazetteerEntry::qid).distinct().count();
            System.out.printf("imported gazetteer '%s': %d items into %s%n", n, items, p);
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the database's gazetteers.")
    static final class ListCmd implements Callable<Integer> {
        @Mixin DbOptions db;

        @Override public Integer call() throws Exception {
            System.out.printf("%-24s %-10s %8s %10s%n", "name", "what", "entries", "bytes");
            for (GazetteerStore.Listed l : new GazetteerStore(db.db).list())
                System.out.printf("%-24s %-10s %8d %10d%n", l.name(), l.what(), l.entries(), l.bytes());
            return 0;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Removes gazetteer NAME from the database.")
    static final class Remove implements Callable<Integer> {
        @Mixin DbOptions db;

        @Parameters(paramLabel = "NAME") String name;

        @Override public Integer call() throws Exception {
            if (!new GazetteerStore(db.db).remove(name)) throw new IllegalArgumentException("no gazetteer '" + name + "'");
            System.out.println("removed gazetteer '" + name + "'");
            return 0;
        }
    }
}
