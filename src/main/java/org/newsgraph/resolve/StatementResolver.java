package org.newsgraph.resolve;

import org.newsgraph.text.Hashes;

import org.newsgraph.extract.Statement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Cross-article statement identity: the same speaker's statement reported by several articles
 * becomes ONE statement id, although outlets render it differently (quote-mark styles, an
 * editorial "[insertion]", contractions, one quoting only a fragment, small transcription
 * differences).
 *
 * <p>Two statements are the same when they have the same speaker id, are both quotes (direct or
 * partial, in any combination) or both reported speech, and their wordings match loosely:
 * <ul>
 * <li>identical after folding (at least {@value #MIN_IDENTICAL_TOKENS} words: one-word scare
 *     quotes recur without being one utterance);</li>
 * <li>one is a fragment of the other: its words occur contiguously in the other, and it has at
 *     least {@value #MIN_FRAGMENT_TOKENS} words, or is a partial quote of at least
 *     {@value #MIN_PARTIAL_FRAGMENT_TOKENS}; it needs at least two content words either way;</li>
 * <li>their content words (function words left out) overlap: Jaccard at least
 *     {@value #MIN_JACCARD}, or the smaller set (at least {@value #MIN_CONTAINED_CONTENT} words)
 *     lies at least {@value #MIN_CONTAINMENT} inside the larger.</li>
 * </ul>
 * Statements of one article are never merged with each other unless their folded wording and
 * speaker are identical: inside one article each id is given to at most one wording. Anonymous
 * sources have article-local speaker ids, so their statements never merge across articles.
 *
 * <p>The resolver remembers the statements it has seen (folded word lists and content-word sets,
 * nothing else) so articles can stream through; construct it with the statements already stored.
 * Results are deterministic for the same input order. Not thread-safe.
 */
public final class StatementResolver {
    static final int MIN_IDENTICAL_TOKENS = 2;
    static final int MIN_FRAGMENT_TOKENS = 5;
    static final int MIN_PARTIAL_FRAGMENT_TOKENS = 3;
    static final double MIN_JACCARD = 0.7;
    static final double MIN_CONTAINMENT = 0.85;
    static final int MIN_CONTAINED_CONTENT = 5;
    private static final int MIN_CONTENT_FOR_OVERLAP = 3;

    /**
     * A statement already in the store.
     *
     * @param id        its global id ("statement/…")
     * @param speakerId global id of its speaker
     * @param kind      "DIRECT_QUOTE", "PARTIAL_QUOTE" or "REPORTED_SPEECH" (ontology class names such as
     *                  "DirectQuote" are accepted too)
     * @param text      its words as one article gives them; several KnownStatements may share an id
     */
    public record KnownStatement(String id, String speakerId, String kind, String text) {}

    /** One remembered wording of a statement id. */
    private record Variant(String id, boolean quote, boolean partial, StatementText text, String folded) {}

    private final Map<String, List<Variant>> bySpeaker = new HashMap<>();
    private final Map<String, Integer> idOrder = new HashMap<>();
    private final Set<String> variantKeys = new HashSet<>();

    public StatementResolver(Collection<KnownStatement> known) {
        for (KnownStatement k : known) {
            Objects.requireNonNull(k.id(), "statement id");
            String kind = k.kind() == null ? "" : k.kind().toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", "");
            boolean reported = kind.contains("REPORTED");
            remember(k.id(), k.speakerId(), !reported, kind.contains("PARTIAL"), StatementText.of(k.text()));
        }
    }

    /**
     * Global ids for one article's statements, one per statement in the same order.
     *
     * @param articleStem the article's file stem (part of new ids)
     * @param statements  the article's statements
     * @param speakerIds  global speaker id per statement (same order), as in ResolvedArticle
     */
    public List<String> resolve(String articleStem, List<Statement> statements, List<String> speakerIds) {
        if (statements.size() != speakerIds.size())
            throw new IllegalArgumentException(statements.size() + " statements but " + speakerIds.size() + " speaker ids");
        int n = statements.size();

        // statements with identical speaker and wording form one group and get one id
        record Group(String speakerId, boolean quote, boolean partial, StatementText text, String folded, List<Integer> members) {}
        Map<String, Group> groups = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            Statement s = statements.get(i);
            String speaker = speakerIds.get(i) == null ? "" : speakerIds.get(i);
            StatementText t = StatementText.of(s.text());
            boolean quote = s.kind() != Statement.Kind.REPORTED_SPEECH;
            String key = speaker + "\u0000" + quote + "\u0000" + t.folded();
            int idx = i;
            groups.computeIfAbsent(key, x -> new Group(speaker, quote, s.kind() == Statement.Kind.PARTIAL_QUOTE, t, t.folded(),
                    new ArrayList<>())).members().add(idx);
        }
        List<Group> gs = new ArrayList<>(groups.values());

        // candidate (group, known id) pairs, best score per pair
        record Pair(int group, String id, double score) {}
        List<Pair> pairs = new ArrayList<>();
        for (int g = 0; g < gs.size(); g++) {
            Group grp = gs.get(g);
            if (grp.speakerId().isEmpty()) continue;
            Map<String, Double> best = new LinkedHashMap<>();
            for (Variant v : bySpeaker.getOrDefault(grp.speakerId(), List.of())) {
                if (v.quote() != grp.quote()) continue;
                double sc = similarity(grp.text(), grp.folded(), grp.partial(), v.text(), v.folded(), v.partial(), grp.quote());
                if (sc > 0) best.merge(v.id(), sc, Math::max);
            }
            for (Map.Entry<String, Double> e : best.entrySet()) pairs.add(new Pair(g, e.getKey(), e.getValue()));
        }
        pairs.sort(Comparator.comparingDouble((Pair p) -> -p.score()).thenComparingInt(Pair::group)
                .thenComparingInt(p -> idOrder.get(p.id())));

        // one-to-one: inside an article an id goes to one wording only
        String[] groupId = new String[gs.size()];
        Set<String> used = new HashSet<>();
        for (Pair p : pairs) {
            if (groupId[p.group()] != null || used.contains(p.id())) continue;
            groupId[p.group()] = p.id();
            used.add(p.id());
        }
        for (int g = 0; g < gs.size(); g++) {
            if (groupId[g] != null) continue;
            Group grp = gs.get(g);
            String id = newId(grp.speakerId(), grp.folded(), articleStem);
            // a hash clash with an id given to another wording here would merge them: salt it away
            for (int salt = 1; used.contains(id); salt++) id = newId(grp.speakerId(), grp.folded() + "#" + salt, articleStem);
            groupId[g] = id;
            used.add(id);
        }

        String[] out = new String[n];
        for (int g = 0; g < gs.size(); g++) {
            Group grp = gs.get(g);
            for (int i : grp.members()) out[i] = groupId[g];
            remember(groupId[g], grp.speakerId(), grp.quote(), grp.partial(), grp.text());
        }
        return List.of(out);
    }

    /**
     * How closely two wordings of one speaker match; 0 when they are not the same statement.
     * Identical 1.0 &gt; fragment 0.9–0.99 &gt; content-word overlap 0.5–0.9.
     */
    static double similarity(StatementText a, String foldedA, boolean partialA, StatementText b, String foldedB,
                             boolean partialB, boolean quotes) {
        int na = a.size(), nb = b.size();
        if (na == 0 || nb == 0) return 0;
        if (foldedA.equals(foldedB)) return na >= MIN_IDENTICAL_TOKENS ? 1.0 : 0;

        boolean aShorter = na < nb || (na == nb && a.segments().size() >= b.segments().size());
        StatementText shortT = aShorter ? a : b, longT = aShorter ? b : a;
        boolean shortPartial = aShorter ? partialA : partialB;
        int ns = Math.min(na, nb), nl = Math.max(na, nb);
        boolean longEnough = ns >= MIN_FRAGMENT_TOKENS || (quotes && shortPartial && ns >= MIN_PARTIAL_FRAGMENT_TOKENS);
        if (longEnough && shortT.content().size() >= 2 && shortT.fragmentOf(longT)) return 0.9 + 0.09 * ns / nl;

        int ca = a.content().size(), cb = b.content().size();
        int min = Math.min(ca, cb);
        if (min < MIN_CONTENT_FOR_OVERLAP) return 0;
        int inter = StatementText.intersection(a.content(), b.content());
        double jaccard = (double) inter / (ca + cb - inter);
        if (jaccard >= MIN_JACCARD) return 0.5 + 0.4 * jaccard;
        double containment = (double) inter / min;
        if (min >= MIN_CONTAINED_CONTENT && containment >= MIN_CONTAINMENT) return 0.5 + 0.2 * containment * jaccard;
        return 0;
    }

    private void remember(String id, String speakerId, boolean quote, boolean partial, StatementText text) {
        idOrder.putIfAbsent(id, idOrder.size());
        String speaker = speakerId == null ? "" : speakerId;
        String folded = text.folded();
        if (speaker.isEmpty() || !variantKeys.add(id + "\u0000" + quote + "\u0000" + folded)) return;
        bySpeaker.computeIfAbsent(speaker, x -> new ArrayList<>()).add(new Variant(id, quote, partial, text, folded));
    }

    /** "statement/" + the first 16 hex digits of SHA-256(speakerId | folded wording | article stem). */
    static String newId(String speakerId, String folded, String articleStem) {
        return "statement/" + Hashes.sha256Hex(speakerId + "|" + folded + "|" + articleStem, 8);
    }
}
