package org.newsgraph.extract.statements;

import org.newsgraph.text.NameGender;
import org.newsgraph.extract.Span;
import org.newsgraph.extract.Speaker;
import org.newsgraph.text.WordLists;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Who is speaking at this point of the article. A pronoun subject of a speech verb ("he said")
 * goes to the person already speaking, unless the paragraph has since moved to another person
 * as the subject of a sentence ("Meanwhile, Trump has sought ... Addressing Congress, he said").
 * Where two people compete, "he" and "she" prefer the one whose name does not show the other
 * gender, as the article's own pronouns or the name show it ({@link ArticleGenders}).
 */
final class DiscourseSpeaker {
    /** A person who is the grammatical subject somewhere in the article. */
    record Subject(int offset, int paragraph, int sentence, int token, int verb, Speaker speaker, boolean quoted,
                   boolean mainClause) {}

    private final List<Subject> subjects = new ArrayList<>();
    /** A person named somewhere, in any role. */
    private record Mention(int offset, int paragraph, Speaker speaker) {}

    private final List<Mention> mentioned = new ArrayList<>();
    private final ArticleGenders genders = new ArticleGenders();
    private final ParagraphIndex paragraphs;
    private Speaker current;
    /** the last one to speak before current who is not current */
    private Speaker before;
    private int currentOffset = -1;
    /** whether the current speaker spoke together with others ("Grassley and Leahy say") */
    private boolean currentTogether;
    private int currentParagraph = -1;
    /** while attributing a quote nested in another quote: only names inside the outer quote count */
    private int scopeBegin = -1;
    private int scopeEnd = -1;

    /** whether a noun (lemma) names a person by role ("lawyer", "spokeswoman") */
    private final Predicate<String> personNoun;
    /** whether a noun (lower case) names an institution that speaks as such ("ministry", "office") */
    private final Predicate<String> institutionNoun;

    DiscourseSpeaker(ParagraphIndex paragraphs, Predicate<String> personNoun, Predicate<String> institutionNoun) {
        this.paragraphs = paragraphs;
        this.personNoun = personNoun;
        this.institutionNoun = institutionNoun;
    }

    void addSubject(Subject s) { subjects.add(s); }

    /** A person named at {@code offset} in any role, the last resort of "he"/"she". */
    void addMentioned(int offset, Speaker person) {
        mentioned.add(new Mention(offset, paragraphs.paragraphOf(offset), person));
    }

    Speaker current() { return current; }

    /**
     * The one speaking now, in the paragraph of {@code offset} or the one before, when an unnamed source
     * or, asked for an {@code organisation}, an organisation; else null.
     */
    Speaker speakingNear(int offset, boolean organisation) {
        boolean kind = current != null && (organisation ? current.kind() == Speaker.Kind.ORGANIZATION : current.isAnonymous());
        return kind && scopeBegin < 0 && currentParagraph >= paragraphs.paragraphOf(offset) - 1 ? current : null;
    }

    int currentParagraph() { return currentParagraph; }

    /** Records that {@code speaker} made a statement ending at {@code offset}. */
    void spoke(Speaker speaker, int offset) { spoke(speaker, offset, false); }

    /** The same, {@code together} with others named beside them ("Grassley and Leahy say"), whom "they" means next. */
    void spoke(Speaker speaker, int offset, boolean together) {
        if (speaker == null || scopeBegin >= 0) return;
        currentTogether = together;
        if (current != null && !sameName(current, speaker)) before = current;
        current = speaker;
        currentOffset = offset;
        currentParagraph = paragraphs.paragraphOf(offset);
    }

    void enterScope(int begin, int end) { scopeBegin = begin; scopeEnd = end; }

    void leaveScope() { scopeBegin = -1; scopeEnd = -1; }

    /** The speaker a pronoun subject ("he", "she", "they") stands for, or null. */
    Speaker resolvePronoun(SentenceTree t, int pronoun, String lemma) {
        Speaker p = pronounSpeaker(t, pronoun, lemma);
        genders.heard(lemma, p);
        return p;
    }

    private Speaker pronounSpeaker(SentenceTree t, int pronoun, String lemma) {
        int at = t.token(pronoun).begin(), verb = t.head(pronoun);
        // "The company said … It added that …": "it" is the organisation speaking now, never a person;
        // an unnamed one too ("The ministry said … It added that …")
        if (lemma.equals("it")) {
            boolean near = currentParagraph >= paragraphs.paragraphOf(at) - 1;
            boolean organisation = current != null && (current.kind() == Speaker.Kind.ORGANIZATION
                    || current.isAnonymous() && institutionNoun.test(headWord(current)));
            return organisation && near && scopeBegin < 0 ? current : null;
        }
        // 1. a person subject earlier in the same sentence, nearest in the tree; not in the clause a
        //    sentence-final cue reports ("If voters stay at home they could see Howard win, he added": he is not Howard)
        Subject best = null;
        int bestDist = Integer.MAX_VALUE, sentence = t.sentence.index();
        boolean closing = closesSentence(t, pronoun, verb);
        Span excluded = reportedSubject(t, pronoun, verb);
        java.util.function.IntPredicate inReport = off -> excluded != null && excluded.begin() <= off && off < excluded.end();
        List<Subject> sameSentence = closing ? List.of() : excluded == null ? subjects
                : subjects.stream().filter(s -> !inReport.test(s.offset())).toList();
        for (Subject s : sameSentence) {
            if (s.sentence() != sentence || s.offset() >= at || !inScope(s.offset())) continue;
            if (scopeBegin < 0 && s.quoted()) continue;
            if (!genders.agrees(lemma, s.speaker().name()) && sameSentencePeople(sentence, at) > 1) continue;
            int d = verb >= 0 && s.verb() >= 0 ? t.distance(s.verb(), verb) : 1000;
            if (d < bestDist || (d == bestDist && best != null && s.offset() > best.offset())) {
                best = s;
                bestDist = d;
            }
        }
        if (best != null && !lemma.equals("they")) return best.speaker();
        if (scopeBegin >= 0) return null;
        Speaker possessor = personInMainSubject(t, pronoun, lemma);
        if (possessor != null) return possessor;
        // "they" is a group, people who spoke together or an organisation speaking, never one named
        // person: with no such speaker it is an unnamed group
        if (lemma.equals("they")) {
            boolean one = current == null || current.kind() == Speaker.Kind.PERSON && !currentTogether
                    || current.isAnonymous() && onePerson(current);
            return one ? Speaker.anonymous("they") : current;
        }
        // 2. the speaker of the discourse, unless a later person subject in this paragraph took over,
        //    or in the paragraph before, which often introduces who speaks next
        //    ("Back at the cottage, Tremayne pours tea. / “…,” she says.")
        int paragraph = paragraphs.paragraphOf(at);
        Speaker introduced = introducedSince(at, sentence);
        boolean currentPerson = current != null && current.kind() == Speaker.Kind.PERSON;
        // gender only decides between the two: a first name is weak evidence against the article's own "he"
        if (introduced != null && (!currentPerson || genders.agrees(lemma, introduced.name())
                || !genders.agrees(lemma, current.name()))) return introduced;
        if (currentPerson && !genders.agrees(lemma, fullName(current))) {
            Speaker named = firstNamedSince(at, paragraph, lemma);
            if (named != null) return named;
        }
        if (currentPerson) return currentParagraph < paragraph && exchanged(lemma) ? before : current;
        // an unnamed source who just spoke ("A spokeswoman said … “…,” she said.")
        if (current != null && current.isAnonymous() && currentParagraph >= paragraph - 1 && onePerson(current)) return current;
        // 3. the last person who was a subject before
        Subject latest = null;
        for (Subject s : subjects) if (!s.quoted() && s.offset() < at && !(closing && s.sentence() == sentence) && !inReport.test(s.offset())) latest = s;
        if (latest != null) return latest.speaker();
        // 4. no person was a subject yet: for "he"/"she" or a role ("the governor"), the one person named
        //    so far in this paragraph whose name agrees ("Supporters of Ranil Wickremesinghe protested …,
        //    even as he urged …")
        if (!lemma.equals("he") && !lemma.equals("she") && !lemma.startsWith("the ")) return null;
        Speaker only = null;
        for (Mention s : mentioned) {
            if (s.offset() >= at || s.paragraph() != paragraph || !genders.agrees(lemma, s.speaker().name())
                    || closing && s.offset() >= t.sentence.begin() || inReport.test(s.offset())) continue;
            if (only != null && !only.name().equals(s.speaker().name())) return null;
            only = s.speaker();
        }
        return only;
    }

    /**
     * "Cate Blanchett … said: “…” … And Jamie Foxx, who …, thanked director Taylor Hackford. “…,” he
     * said.": when the speaker's name shows the other gender, the first person named since that speaker
     * spoke, in this paragraph, whose name does not; null if none.
     */
    private Speaker firstNamedSince(int at, int paragraph, String lemma) {
        Mention first = null;
        String speaking = fullName(current);
        for (Mention m : mentioned) {
            if (m.offset() <= currentOffset || m.offset() >= at || m.paragraph() != paragraph || speaking.equals(m.speaker().name())
                    || !genders.agrees(lemma, m.speaker().name())) continue;
            if (first == null || m.offset() < first.offset()) first = m;
        }
        return first == null ? null : first.speaker();
    }

    /**
     * Two people in an exchange ("“No, Justice Alito,” Prelogar said. / “Then why …,” he rejoined."): a
     * "he" or "she" whose gender the one speaking now does not share, and the one who spoke before
     * does, both shown by their names, means the one before. Only across a paragraph break: within the
     * paragraph of "Parul Jain … said … “…,” he said." the article's own "he" outweighs a list of first names.
     */
    private boolean exchanged(String lemma) {
        if (before == null || before.kind() != Speaker.Kind.PERSON) return false;
        String now = fullName(current), earlier = fullName(before);
        return !genders.agrees(lemma, now) && genders.of(earlier) != NameGender.Gender.UNKNOWN
                && genders.agrees(lemma, earlier);
    }

    /** The person's name at its fullest in the article ("Elizabeth Prelogar" for "Prelogar said"): what gender goes by. */
    private String fullName(Speaker s) {
        if (s.nameSpan() != null) {
            for (Mention m : mentioned) if (s.nameSpan().equals(m.speaker().nameSpan())) return m.speaker().name();
        }
        return s.name();
    }

    /**
     * "Oz's dubious advice earned him the attention of Congress, where he appeared …": the one person
     * named inside the subject of the sentence's main clause, before the pronoun; null if none or several.
     */
    private Speaker personInMainSubject(SentenceTree t, int pronoun, String lemma) {
        if (!lemma.equals("he") && !lemma.equals("she")) return null;
        // "The Peter Hain attack, he says, is …": a cue set into the clause is said of it by someone else
        int verb = t.head(pronoun);
        if (verb >= 0 && t.rel(verb).equals("parataxis")) return null;
        int root = pronoun;
        while (t.head(root) >= 0) root = t.head(root);
        int subject = t.child(root, "nsubj");
        // (not "Smith's lawyer …, and he said": there the subject is a person of its own)
        if (subject < 0 || t.subtreeMax(subject) >= pronoun || t.token(subject).ner().equals("TITLE")
                || personNoun.test(t.lemma(subject).toLowerCase(Locale.ROOT))
                || t.token(subject).pos().startsWith("NNP") || t.token(subject).pos().startsWith("PRP")) return null;
        int from = t.token(t.subtreeMin(subject)).begin(), to = t.token(t.subtreeMax(subject)).end();
        Speaker only = null;
        for (Mention m : mentioned) {
            if (m.offset() < from || m.offset() >= to) continue;
            if (only != null && !only.name().equals(m.speaker().name())) return null;
            only = m.speaker();
        }
        return only != null && genders.agrees(lemma, only.name()) ? only : null;
    }

    /**
     * An unnamed source "he" or "she" can stand for: a short singular description ("a spokeswoman",
     * "a senior administration official"), not a group ("officials", "Sanders and the pontiff …").
     */
    private static boolean onePerson(Speaker anonymous) {
        String head = headPhrase(anonymous);
        if (head == null) return false;
        String[] words = head.split("\\s+");
        String last = words[words.length - 1].toLowerCase(Locale.ROOT);
        return words.length <= 5 && !head.contains(" and ") && (!last.endsWith("s") || last.endsWith("ss"));
    }

    /** The head phrase of an unnamed source's description, before what qualifies it ("a spokeswoman for the foundation", "an aide who …"), or null. */
    private static String headPhrase(Speaker anonymous) {
        String d = anonymous.description();
        return d == null ? null : d.strip().split(",| (for|of|at|with|from|in|on|to|who|that|close|familiar)\\b", 2)[0].strip();
    }

    /** The last word of that head phrase in lower case ("The prime minister's office" → "office"), or "". */
    private static String headWord(Speaker anonymous) {
        String head = headPhrase(anonymous);
        if (head == null || head.isEmpty()) return "";
        String[] words = head.split("\\s+");
        return words[words.length - 1].toLowerCase(Locale.ROOT);
    }

    private int sameSentencePeople(int sentence, int before) {
        int n = 0;
        for (Subject s : subjects) if (s.sentence() == sentence && s.offset() < before) n++;
        return n;
    }

    /**
     * The person last introduced as the subject of a main clause in this paragraph or the one before
     * (an earlier sentence), when that is more recent than the last statement; null otherwise.
     */
    Speaker introducedSince(int at, int sentence) {
        if (scopeBegin >= 0) return null;
        int paragraph = paragraphs.paragraphOf(at);
        Subject latestHere = null;
        for (Subject s : subjects) {
            if (!s.quoted() && s.mainClause() && s.offset() < at && s.sentence() < sentence
                    && (s.paragraph() == paragraph || s.paragraph() == paragraph - 1)) latestHere = s;
        }
        return latestHere != null && (current == null || latestHere.offset() > currentOffset) ? latestHere.speaker() : null;
    }

    /** "Garrett, he said, shot the wrong man": the subject of the clause a cue set off inside it reports, never its "he"; or null. */
    private static Span reportedSubject(SentenceTree t, int pronoun, int verb) {
        if (pronoun < 1 || verb <= pronoun || !t.word(pronoun - 1).equals(",") || !t.rel(verb).equals("parataxis")) return null;
        int s = CueSubjects.activeSubject(t, t.head(verb));
        return s < 0 ? null : new Span(t.token(t.subtreeMin(s)).begin(), t.token(t.subtreeMax(s)).end());
    }

    /** "…, he added.", "…,” she told the BBC.": a pronoun's cue after the clause it reports, with no clause after it. */
    private static boolean closesSentence(SentenceTree t, int pronoun, int verb) {
        if (pronoun < 1 || verb <= pronoun) return false;
        String before = t.word(pronoun - 1);
        if (!(before.equals(",") || before.equals("''") || before.equals("”") || before.equals("\""))) return false;
        for (int k = verb + 1; k < t.size(); k++) if (t.token(k).isVerb() || t.token(k).pos().equals("MD")) return false;
        return true;
    }

    /**
     * Speaker for a quote with no cue of its own: the one speaking or just introduced, or null. Someone
     * the quotation talks about by name is not the one just introduced who says it ("Woodward stressed
     * …. Forward Simon Taylor looks certain to get the call. “… Simon Taylor is an outstanding player …”").
     */
    Speaker forFollowOnQuote(int quoteBegin, boolean adjacent, String quoted) {
        int paragraph = paragraphs.paragraphOf(quoteBegin);
        Subject latestHere = null;
        for (Subject s : subjects) {
            // the paragraph before may introduce who speaks next ("Smith talked about the win. / “…”")
            if (!s.quoted() && s.mainClause() && s.offset() < quoteBegin
                    && (s.paragraph() == paragraph || s.paragraph() == paragraph - 1)) latestHere = s;
        }
        if (latestHere != null && (current == null || latestHere.offset() > currentOffset)
                && !(current != null && namedIn(latestHere.speaker(), quoted))) return latestHere.speaker();
        // the speaker of the statement just before, with no other sentence in between or a paragraph on
        if (current != null && (adjacent || currentParagraph >= paragraph - 1)) return current;
        return null;
    }

    /**
     * The person a pronoun cue of a quotation ("“I said to Harry …,” he said") resolved to, unless the
     * quotation talks about that person by name and another person spoke last (or before them), whom
     * it does not name: then that person.
     */
    Speaker unlessNamedIn(Speaker p, String quoted) {
        if (p == null || !namedIn(p, quoted)) return p;
        // "According to Marek, Redd vowed …": the one reported spoke last, who reported it before him
        Speaker other = current != null && !sameName(current, p) ? current : before;
        if (other == null || other.kind() != Speaker.Kind.PERSON || sameName(other, p) || namedIn(other, quoted)) return p;
        return other;
    }

    private static boolean sameName(Speaker a, Speaker b) {
        return a.name() != null && a.name().equals(b.name()) || a.name() == null && b.name() == null && a.equals(b);
    }

    /** Whether the quotation uses a word of the person's name (first name or surname). */
    private static boolean namedIn(Speaker p, String quoted) {
        if (p.kind() != Speaker.Kind.PERSON || p.name() == null) return false;
        for (String w : p.name().split("\\s+")) {
            if (w.length() > 2 && Character.isUpperCase(w.charAt(0))
                    && Pattern.compile("\\b" + Pattern.quote(w) + "\\b").matcher(quoted).find()) return true;
        }
        return false;
    }

    /**
     * {@code p}, unless p already spoke, named, earlier in this sentence: "Dallas said …, but the Kiwi said …"
     * describes someone else, the person last named before {@code at} who is not p (null if none). ("“…,”
     * said the party leader, acknowledging …" is the one the quote's own description means.)
     */
    Speaker otherThanSentenceSpeaker(Speaker p, int at, int sentenceBegin) {
        boolean namedHere = current != null && current.nameSpan() != null && current.nameSpan().begin() >= sentenceBegin;
        if (!namedHere || currentOffset < sentenceBegin || currentOffset >= at || !current.name().equals(p.name())) return p;
        Speaker other = null;
        for (Mention m : mentioned) if (m.offset() < at && !m.speaker().name().equals(p.name())) other = m.speaker();
        return other;
    }

    /** Where the last statement ended, or -1. */
    int currentOffset() { return current == null ? -1 : currentOffset; }

    private boolean inScope(int offset) {
        return scopeBegin < 0 || (offset >= scopeBegin && offset < scopeEnd);
    }

    /** Paragraph numbers of character offsets (paragraphs are separated by line breaks). */
    static final class ParagraphIndex {
        private final int[] starts;

        /** lines that only point to another story ("READ | …"): no paragraph of the discourse */
        private static final List<Pattern> LINK_LINES = WordLists.patterns("/extract/statements/link-lines.txt");

        ParagraphIndex(String text) {
            List<Integer> s = new ArrayList<>();
            s.add(0);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n' && (i + 1 < text.length() && text.charAt(i + 1) != '\n') && !linkLine(text, i + 1)) s.add(i + 1);
            }
            starts = s.stream().mapToInt(Integer::intValue).toArray();
        }

        private static boolean linkLine(String text, int start) {
            int end = text.indexOf('\n', start);
            String line = text.substring(start, end < 0 ? text.length() : end).strip();
            for (Pattern p : LINK_LINES) if (p.matcher(line).lookingAt()) return true;
            return false;
        }

        int paragraphOf(int offset) {
            int lo = 0, hi = starts.length - 1;
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (starts[mid] <= offset) lo = mid; else hi = mid - 1;
            }
            return lo;
        }

        int startOf(int paragraph) { return starts[paragraph]; }
    }
}
