package org.newsgraph.pipeline;

import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.IngestException;
import org.newsgraph.ingest.Ingestor;
import org.newsgraph.store.ArticleIndex;
import org.newsgraph.store.GraphStore;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides, before any NLP, which read articles a build analyses: equal text is built once, text the
 * store already holds is skipped as unchanged, a second record of the same identity is a duplicate,
 * and every admitted article gets its readable identifier ({@link ArticleIds}). Counts and reports
 * what it rejects.
 */
final class Admission {
    private final BuildReport.Counter report = new BuildReport.Counter();
    private final BuildListener listener;
    private final Set<String> storedHashes = new HashSet<>();
    private final Map<String, String> seenHashes = new HashMap<>();
    private final Set<String> replacing = new HashSet<>();
    private final ArticleIds ids;

    private Admission(List<ArticleIndex.Entry> stored, BuildListener listener) {
        this.listener = listener;
        for (ArticleIndex.Entry e : stored) storedHashes.add(e.hash());
        this.ids = new ArticleIds(stored);
    }

    static Admission of(GraphStore store, BuildListener listener) {
        return new Admission(ArticleIndex.entries(store), listener);
    }

    BuildReport.Counter report() { return report; }

    /** The supported files under {@code roots}; none (and the reason reported) when a root is unusable. */
    List<Path> list(Ingestor readers, List<Path> roots) {
        try {
            return readers.listFiles(roots);
        } catch (IngestException e) {
            reject(new Problem(String.valueOf(e.file()), e.reason()));
            return List.of();
        }
    }

    /** The articles of one read file that need building, each under its final identifier. */
    List<Article> admit(Path file, Ingestor.ReadResult read) {
        report.files++;
        for (IngestException p : read.problems()) reject(new Problem(String.valueOf(p.file()), p.reason()));
        List<Article> out = new ArrayList<>();
        for (Article a : read.articles()) {
            String sameText = seenHashes.putIfAbsent(a.contentHash(), a.source());
            if (sameText != null) {
                report.duplicates++;
                listener.note("  same text as " + sameText + ", built once: " + a.source());
                continue;
            }
            if (storedHashes.contains(a.contentHash())) {
                report.unchanged++;
                continue;
            }
            String sameSource = ids.earlierInThisBuild(a);
            if (sameSource != null) {
                report.duplicates++;
                listener.note("  same article (" + a.origin().key() + ") as " + sameSource + ", built once: " + a.source());
                continue;
            }
            ArticleIds.Decision d = ids.assign(a);
            Article named = a.withId(d.id());
            if (d.renamedFrom() != null) {
                report.renamed++;
                listener.note("  " + named.source() + ": identifier \"" + d.renamedFrom() + "\" is taken by "
                        + d.takenBy() + "; built as \"" + named.id() + "\"");
            }
            if (d.replaces()) replacing.add(named.id());
            for (String note : named.dropped()) listener.note("  " + named.id() + ": dropped " + note);
            out.add(named);
        }
        return out;
    }

    /** Whether the admitted article replaces a stored version of itself. */
    boolean replaces(Article a) { return replacing.contains(a.id()); }

    private void reject(Problem p) {
        report.problems.add(p);
        listener.skipped(p);
    }
}
