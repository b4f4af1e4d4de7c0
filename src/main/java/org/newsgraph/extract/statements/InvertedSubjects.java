package org.newsgraph.extract.statements;

import java.util.Set;

/**
 * The speaker of a cue that follows its quotation, where the parse does not give it as the
 * subject: "“…,” said Okafor.", "“…,” said political consultant Dana Whitcombe." (the name parsed
 * as the root), "“…,” Ana Ruiz, a lawyer, told the Post" (the appositive in between).
 */
final class InvertedSubjects {
    /** relations by which the parser hangs a post-posed speaker off its verb ("said Okafor" as xcomp/obj) */
    private static final Set<String> POSTPOSED_LINKS = Set.of("obj", "xcomp", "dep", "nsubj", "iobj", "appos",
            "obl:npmod", "obl:tmod", "ccomp", "nmod");

    private InvertedSubjects() {}

    /**
     * "“…,” Ana Ruiz, a lawyer at Smith &amp; Co and the author of the study, told the Post": when the
     * parse leaves the verb without a subject, a name right after the closing quote mark, alone or
     * followed by an appositive set off by commas up to the verb, is the speaker.
     */
    static int nameAfterQuote(SentenceTree t, int v) {
        int close = -1;
        for (int k = v - 1; k >= 0 && close < 0; k--) {
            String w = t.word(k);
            if (w.equals("''") || w.equals("”") || w.equals("\"")) close = k;
        }
        if (close < 0 || close + 1 >= v) return -1;
        int k = close + 1;
        String ner = t.token(k).ner();
        // "“…,” Devine/JJ declared": a capitalised word right before the verb, whatever the tagger made of it
        if (k + 1 == v && t.token(k).pos().startsWith("JJ") && Character.isUpperCase(t.word(k).codePointAt(0))) return k;
        if (!t.token(k).isProperNoun() || !("PERSON".equals(ner) || "ORGANIZATION".equals(ner))) return -1;
        while (k + 1 < v && t.token(k + 1).isProperNoun() && ner.equals(t.token(k + 1).ner())) k++;
        if (k + 1 == v) return k;
        return t.word(k + 1).equals(",") && t.word(v - 1).equals(",") && v - k < 40 ? k : -1;
    }

    /**
     * "“…,” said Okafor.", "“…,” said the company's chief executive, Ana Ruiz": a cue right after a
     * closing quote mark or comma whose speaker follows it, whatever relation the parser gave it.
     */
    static int postposedSubject(SentenceTree t, int v) {
        if (v == 0 || v + 1 >= t.size()) return -1;
        // only a finite verb is inverted ("said Okafor"); after a participle ("…, telling CNBC") comes its object
        if (t.token(v).pos().equals("VBG") || t.token(v).pos().equals("VBN")) return -1;
        String before = t.word(v - 1);
        if (!(before.equals(",") || before.equals("''") || before.equals("”") || before.equals("\"")
                || before.equals("’") || before.equals("'"))) return -1;
        // "…, said Batchelder.": the parser may make the verb a modifier of the name after it
        int named = t.head(v);
        // or of a title compounded to it ("said political consultant Dana Whitcombe", the name the root)
        while (named > v && t.rel(named).equals("compound") && t.head(named) > named) named = t.head(named);
        if (named > v && t.token(named).isNoun() && !t.rel(v).startsWith("nsubj") && !t.rel(v).equals("ccomp")
                && t.subtreeMax(named) + 1 >= t.size() - 1 && heads(t, v, named)) return named;
        // "said Del. Stacey Plaskett": a title abbreviation the tokenizer split from its full stop, then the name
        if (v + 3 < t.size() && t.token(v + 1).isProperNoun() && t.word(v + 2).equals(".") && "PERSON".equals(t.token(v + 3).ner())) {
            return personRunEnd(t, v + 3);
        }
        // "“…,” said agent Clayton Slay.": the tagger took the surname for a verb and the parser hung the cue on it;
        // lower-case title words, then a person's name running to the end of the sentence
        int n = v + 1;
        while (n < t.size() && t.token(n).pos().startsWith("NN") && Character.isLowerCase(t.word(n).codePointAt(0))) n++;
        if (n < t.size() && "PERSON".equals(t.token(n).ner())) {
            n = personRunEnd(t, n);
            if (n + 1 == t.size() || n + 2 == t.size() && t.isPunct(n + 1)) return n;
        }
        int k = v + 1;
        // "“…,” says Early.": a capitalised word alone between the cue and the sentence's end names the speaker,
        // whatever the tagger made of it ("Early" an adverb, "WHO" a pronoun); not a day ("said Tuesday")
        if (k + 1 < t.size() && t.isPunct(k + 1) && !t.word(k + 1).equals("'s") && (t.head(k) == v || t.head(v) == k) && !t.isTime(k)
                && Character.isUpperCase(t.word(k).codePointAt(0))) return k;
        String pos = t.token(k).pos();
        // "said lead author Priya Nair.": the tagger took the title's first word for a verb whose object is the name
        int object = t.token(k).isVerb() && t.head(k) == v ? t.child(k, "obj") : -1;
        if (object > k && t.token(object).isProperNoun() && t.subtreeMax(object) + 1 >= t.size() - 1 && heads(t, k + 1, object))
            return object;
        // "said retired surgeon Dana Whitcombe": a participle may open the speaker's description
        // (and a number: "said one person during public comment")
        boolean number = pos.equals("CD") && t.rel(k).equals("nummod");
        if (!(pos.startsWith("NN") || pos.equals("PRP") || pos.equals("DT") || pos.startsWith("JJ") || pos.equals("VBN") || number)) return -1;
        for (int steps = 0; steps < 6 && t.head(k) != v; steps++) {
            int h = t.head(k);
            if (h <= v) return -1;
            // "…,” said Dana Whitcombe, asked about her claims": the parser made the speaker the
            // subject of the participle after the comma, which a subject never stands apart from
            if (t.rel(k).equals("nsubj") && t.token(k).isNoun() && t.head(h) == v && k + 1 < h && t.word(k + 1).equals(","))
                return k;
            k = h;
        }
        if (t.head(k) != v || !POSTPOSED_LINKS.contains(t.rel(k))) return -1;
        String kp = t.token(k).pos();
        // "said Devine": a capitalised name the tagger took for an adjective
        boolean capitalised = kp.startsWith("JJ") && Character.isUpperCase(t.word(k).codePointAt(0));
        // "said the 20-year-old", its "old" an adjective
        return kp.startsWith("NN") || kp.equals("PRP") || capitalised || NounPhrases.ageDescription(t, k) ? k : -1;
    }

    /** "Added Todd Schneider, a spokesman for FirstEnergy, “…”": a sentence opening with the cue names its speaker next. */
    static int openingCue(SentenceTree t, int v) {
        if (v != 0 || !t.token(v).pos().matches("VBD|VBZ") || t.size() < 2 || !"PERSON".equals(t.token(1).ner())) return -1;
        int n = personRunEnd(t, 1);
        // (set off from what follows: "Says Beason will not play" reports what Beason will do)
        return n + 1 < t.size() && (t.word(n + 1).equals(",") || t.word(n + 1).equals(":") || t.token(n + 1).pos().equals("``")) ? n : -1;
    }

    /** The last token of the person's name that token n opens (by the tagger's PERSON label). */
    private static int personRunEnd(SentenceTree t, int n) {
        while (n + 1 < t.size() && "PERSON".equals(t.token(n + 1).ner())) n++;
        return n;
    }

    /** Every token from {@code from} to {@code head} hangs, however deeply, from {@code head}: the phrase {@code from} opens. */
    private static boolean heads(SentenceTree t, int from, int head) {
        for (int k = from; k < head; k++) if (!t.dominates(head, k)) return false;
        return true;
    }
}
