package org.newsgraph.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.sparql.core.Quad;
import org.newsgraph.extract.Agent;
import org.newsgraph.extract.AgentKind;
import org.newsgraph.extract.ArticleFacts;
import org.newsgraph.extract.Event;
import org.newsgraph.extract.EventLink;
import org.newsgraph.extract.EventMention;
import org.newsgraph.extract.Span;
import org.newsgraph.extract.Speaker;
import org.newsgraph.extract.Statement;
import org.newsgraph.extract.StatementTopic;
import org.newsgraph.ingest.Article;
import org.newsgraph.link.EntityLink;
import org.newsgraph.resolve.Ids;
import org.newsgraph.text.NameFolding;
import org.newsgraph.resolve.ResolvedArticle;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Facts of one article -> quads in the named graph whose IRI is the article IRI (DESIGN.md
 * "Vocabulary", "Graphs"). No blank nodes: every node is an IRI. Decisions (also documented in
 * ontology/newsgraph.ttl):
 * <ul>
 * <li>ng:statedTo is the agent node when the addressee as written is the name (or another name)
 *     of a person or organisation the article names, otherwise a plain literal ("reporters").</li>
 * <li>ng:evidence of a statement is its evidence sentence(s); of an event, the sentence of each
 *     mention. Evidence nodes are NIF RFC 5147 spans {@code <article#char=b,e>}.</li>
 * <li>An event link is the direct triple ({@code ng:ledTo} / {@code ng:precedes}) plus a claim node
 *     {@code <article-iri>/claim/<n>} (ng:CausalClaim / ng:SequenceClaim) carrying the cue and the
 *     evidence, so queries can show where the link is stated.</li>
 * </ul>
 */
public final class ArticleGraph {
    private ArticleGraph() {}

    private static final Pattern TYPE_NAME = Pattern.compile("[A-Z][A-Za-z0-9]*");
    private static final Pattern QID = Pattern.compile("[QPL][1-9][0-9]*");

    /** The article's quads, each once, in emission order. */
    public static List<Quad> quads(ResolvedArticle ra, Iris iris) {
        QuadSink.Collector c = new QuadSink.Collector();
        emit(ra, iris, c);
        return c.list();
    }

    /** Emits the article's quads into {@code sink}, each once (start/finish are the caller's). */
    public static void emit(ResolvedArticle ra, Iris iris, QuadSink sink) {
        new Builder(ra, iris, sink).build();
    }

    /** Wikidata links and the candidates weighed, in {@code <base>graph/resolution}: see {@link LinkQuads}. */
    public static List<Quad> resolutionQuads(List<EntityLink> links, Iris iris) {
        return LinkQuads.of(links, iris);
    }

    /** Emits the quads of {@link #resolutionQuads} into {@code sink}. */
    public static void emitResolution(List<EntityLink> links, Iris iris, QuadSink sink) {
        LinkQuads.of(links, iris).forEach(sink::quad);
    }

    private static final class Builder {
        final ResolvedArticle ra;
        final ArticleFacts facts;
        final Article article;
        final Iris iris;
        final Node g;
        final QuadSink sink;
        /** Quads already emitted: the mapping may state a fact twice, a sink sees it once. */
        final Set<Quad> seen = new HashSet<>();

        Builder(ResolvedArticle ra, Iris iris, QuadSink sink) {
            this.sink = sink;
            this.ra = ra;
            this.facts = ra.facts();
            this.article = facts.article();
            this.iris = iris;
            this.g = iris.node(ra.articleId());
            if (ra.speakerIds().size() != facts.statements().size()
                    || ra.statementIds().size() != facts.statements().size())
                throw new IllegalArgumentException("article " + ra.articleId()
                        + ": speakerIds/statementIds must have one entry per statement");
        }

        void add(Node s, Node p, Node o) {
            Quad q = new Quad(g, s, p, o);
            if (seen.add(q)) sink.quad(q);
        }

        void build() {
            article();
            for (Agent a : facts.agents()) agent(a);
            for (int i = 0; i < facts.statements().size(); i++) statement(i);
            for (Event e : facts.events()) event(e);
            for (int i = 0; i < facts.links().size(); i++) link(i, facts.links().get(i));
        }

        void article() {
            add(g, Vocab.RDF_TYPE, Vocab.NEWS_ARTICLE);
            // The article is also the NIF context all evidence offsets refer to (its schema:text).
            add(g, Vocab.RDF_TYPE, Vocab.NIF_CONTEXT);
            add(g, Vocab.IDENTIFIER, str(article.id()));
            if (article.headline() != null) add(g, Vocab.HEADLINE, str(article.headline()));
            if (article.datePublished() != null) add(g, Vocab.DATE_PUBLISHED, date(article.datePublished()));
            if (article.publisher() != null && !article.publisher().isBlank()) {
                Node org = iris.node(Ids.agent(AgentKind.ORGANIZATION, article.publisher()));
                add(g, Vocab.PUBLISHER, org);
                add(org, Vocab.RDF_TYPE, Vocab.ORGANIZATION);
                name(org, Ids.agent(AgentKind.ORGANIZATION, article.publisher()), article.publisher());
            }
            if (article.author() != null && !article.author().isBlank()) {
                Node person = iris.node(Ids.agent(AgentKind.PERSON, article.author()));
                add(g, Vocab.AUTHOR, person);
                add(person, Vocab.RDF_TYPE, Vocab.PERSON);
                name(person, Ids.agent(AgentKind.PERSON, article.author()), article.author());
            }
            if (article.url() != null && isAbsoluteIri(article.url()))
                add(g, Vocab.URL, NodeFactory.createURI(article.url()));
            add(g, Vocab.TEXT, str(article.text()));
            if (article.contentHash() != null) add(g, Vocab.CONTENT_HASH, str(article.contentHash()));
            // What makes a later input "the same article" (its graph is then replaced), and where it came from.
            add(g, Vocab.SOURCE_KEY, str(article.origin().key()));
            String from = article.origin().derivedFrom();
            if (from != null && isAbsoluteIri(from)) add(g, Vocab.WAS_DERIVED_FROM, NodeFactory.createURI(from));
        }

        void agent(Agent a) {
            Node n = agentNode(a);
            add(g, Vocab.MENTIONS, n);
            add(n, Vocab.RDF_TYPE, typeOf(a.kind()));
            String id = agentId(a);
            name(n, id, a.name());
            for (String alt : a.alternateNames()) if (!alt.equals(a.name())) alternateName(n, id, alt);
            if (a.kind() == AgentKind.PERSON)
                for (String t : a.jobTitles()) add(n, Vocab.JOB_TITLE, str(t));
        }

        Node agentNode(Agent a) { return iris.node(agentId(a)); }

        String agentId(Agent a) {
            String id = ra.agentIds().get(a.key());
            return id != null ? id : Ids.agent(a.kind(), a.name());
        }

        /**
         * A form this article uses for an entity: schema:name when it is the entity's canonical name (or
         * resolution gave none), else schema:alternateName. The canonical name itself is in the resolution
         * graph, so the union has exactly one schema:name per entity and this graph only what the article says.
         */
        void name(Node n, String id, String form) {
            String canonical = ra.names().get(id);
            add(n, canonical == null || canonical.equals(form) ? Vocab.NAME : Vocab.ALTERNATE_NAME, str(form));
        }

        /** Another form the article uses: schema:alternateName, unless it is the canonical name. */
        void alternateName(Node n, String id, String form) {
            add(n, form.equals(ra.names().get(id)) ? Vocab.NAME : Vocab.ALTERNATE_NAME, str(form));
        }

        void statement(int i) {
            Statement s = facts.statements().get(i);
            Node st = iris.node(ra.statementIds().get(i));
            String speakerId = ra.speakerIds().get(i);
            if (speakerId != null && s.speaker() != null) {   // an unknown speaker has no node (see ng:said)
                Node speaker = iris.node(speakerId);
                speaker(speaker, speakerId, s.speaker());
                add(speaker, Vocab.SAID, st);
            }
            add(st, Vocab.RDF_TYPE, Vocab.STATEMENT);
            add(st, Vocab.RDF_TYPE, switch (s.kind()) {
                case DIRECT_QUOTE -> Vocab.DIRECT_QUOTE;
                case PARTIAL_QUOTE -> Vocab.PARTIAL_QUOTE;
                case REPORTED_SPEECH -> Vocab.REPORTED_SPEECH;
            });
            add(st, Vocab.REPORTED_IN, g);
            if (s.text() != null) add(st, Vocab.TEXT, str(s.text()));
            if (s.cue() != null && !s.cue().isBlank()) add(st, Vocab.CUE, str(s.cue()));
            if (s.statedTo() != null && !s.statedTo().isBlank()) add(st, Vocab.STATED_TO, addressee(s.statedTo()));
            if (s.statedOn() != null) add(st, Vocab.STATED_ON, date(s.statedOn()));
            for (StatementTopic t : facts.topics()) {
                if (t.statement() != i) continue;
                String ev = ra.eventIds().get(t.event());
                if (ev != null) add(st, Vocab.ABOUT, iris.node(ev));
            }
            Span ev = s.evidence() != null ? s.evidence() : s.span();
            Node evNode = evidence(ev);
            if (evNode != null) add(st, Vocab.EVIDENCE, evNode);
            if (s.parent() >= 0 && s.parent() < ra.statementIds().size() && s.parent() != i)
                add(st, Vocab.PART_OF, iris.node(ra.statementIds().get(s.parent())));
        }

        /** Types and names the speaker in this graph, so every statement has a typed speaker here. */
        void speaker(Node n, String id, Speaker sp) {
            if (sp.isAnonymous()) {
                add(n, Vocab.RDF_TYPE, Vocab.ANONYMOUS_SOURCE);
                if (sp.description() != null) add(n, Vocab.DESCRIPTION, str(sp.description()));
                return;
            }
            Agent a = facts.agentFor(sp);
            add(n, Vocab.RDF_TYPE, sp.kind() == Speaker.Kind.PERSON ? Vocab.PERSON : Vocab.ORGANIZATION);
            String name = a != null ? a.name() : sp.name();
            if (name != null && !name.isBlank()) name(n, id, name);
        }

        /** A named person or organisation of this article when the addressee names one, else the words. */
        Node addressee(String statedTo) {
            String wanted = NameFolding.surface(statedTo);
            for (Agent a : facts.agents()) {
                if (a.kind() == AgentKind.PLACE) continue;
                if (NameFolding.surface(a.name()).equals(wanted)) return agentNode(a);
                for (String alt : a.alternateNames()) if (NameFolding.surface(alt).equals(wanted)) return agentNode(a);
            }
            return str(statedTo);
        }

        void event(Event e) {
            String id = ra.eventIds().get(e.key());
            if (id == null) return;
            Node ev = iris.node(id);
            add(ev, Vocab.RDF_TYPE, Vocab.EVENT);
            if (e.type() != null && TYPE_NAME.matcher(e.type()).matches() && !e.type().equals("Event"))
                add(ev, Vocab.RDF_TYPE, Vocab.ng(e.type()));
            // one name per event lives in the resolution graph (EventResolutionGraph); here the article's own
            // name for it, its words at each mention and the date it gives
            if (e.name() != null && !e.name().isBlank()) add(ev, Vocab.ALT_LABEL, str(e.name()));
            for (String actor : e.actors()) actor(ev, actor);
            for (String place : e.places()) place(ev, place);
            if (e.date() != null) add(ev, Vocab.MENTION_DATE, date(e.date()));
            String reason = ra.eventReasons().get(e.key());
            if (reason != null) add(ev, Vocab.MERGE_REASON, str(reason));
            for (EventMention m : e.mentions()) {
                for (String actor : m.actors()) actor(ev, actor);
                if (m.place() != null) place(ev, m.place());
                if (m.span() != null && m.span().end() <= article.text().length())
                    add(ev, Vocab.MENTION_TEXT, str(m.span().of(article.text())));
                Node evNode = evidence(m.evidence() != null ? m.evidence() : m.span());
                if (evNode != null) add(ev, Vocab.EVIDENCE, evNode);
            }
        }

        void actor(Node ev, String key) {
            String id = ra.agentIds().get(key);
            if (id != null) add(ev, Vocab.HAS_ACTOR, iris.node(id));
        }

        /** A place is an Agent key, or a place phrase: then a schema:Place node named by it. */
        void place(Node ev, String keyOrName) {
            String id = ra.agentIds().get(keyOrName);
            if (id != null) { add(ev, Vocab.HAS_PLACE, iris.node(id)); return; }
            String name = keyOrName.startsWith("place:") ? keyOrName.substring("place:".length()) : keyOrName;
            if (name.isBlank()) return;
            String placeId = Ids.agent(AgentKind.PLACE, name);
            Node p = iris.node(placeId);
            add(p, Vocab.RDF_TYPE, Vocab.PLACE);
            name(p, placeId, name);
            add(ev, Vocab.HAS_PLACE, p);
        }

        void link(int n, EventLink l) {
            String from = ra.eventIds().get(l.from());
            String to = ra.eventIds().get(l.to());
            if (from == null || to == null || from.equals(to)) return;
            Node a = iris.node(from);
            Node b = iris.node(to);
            boolean causal = l.kind() == EventLink.Kind.LED_TO;
            add(a, causal ? Vocab.LED_TO : Vocab.PRECEDES, b);
            Node claim = iris.node(ra.articleId() + "/claim/" + n);
            add(claim, Vocab.RDF_TYPE, causal ? Vocab.CAUSAL_CLAIM : Vocab.SEQUENCE_CLAIM);
            add(claim, causal ? Vocab.CAUSE : Vocab.EARLIER, a);
            add(claim, causal ? Vocab.EFFECT : Vocab.LATER, b);
            add(claim, Vocab.REPORTED_IN, g);
            if (l.cue() != null && !l.cue().isBlank()) add(claim, Vocab.CUE, str(l.cue()));
            if (l.evidence() != null) {
                Node evNode = evidence(l.evidence());
                if (evNode != null) add(claim, Vocab.EVIDENCE, evNode);
            }
        }

        /** The NIF span node with its offsets and exact text; null when the span is outside the text. */
        Node evidence(Span span) {
            if (span == null || span.end() > article.text().length()) return null;
            Node n = iris.evidence(g, span);
            add(n, Vocab.RDF_TYPE, Vocab.NIF_STRING);
            add(n, Vocab.RDF_TYPE, Vocab.NIF_RFC5147);
            add(n, Vocab.BEGIN_INDEX, NodeFactory.createLiteralDT(Integer.toString(span.begin()), XSDDatatype.XSDnonNegativeInteger));
            add(n, Vocab.END_INDEX, NodeFactory.createLiteralDT(Integer.toString(span.end()), XSDDatatype.XSDnonNegativeInteger));
            add(n, Vocab.ANCHOR_OF, str(span.of(article.text())));
            add(n, Vocab.REFERENCE_CONTEXT, g);
            return n;
        }
    }

    static Node typeOf(AgentKind k) {
        return switch (k) {
            case PERSON -> Vocab.PERSON;
            case ORGANIZATION -> Vocab.ORGANIZATION;
            case PLACE -> Vocab.PLACE;
        };
    }

    static Node str(String s) { return NodeFactory.createLiteralString(s); }

    static Node date(LocalDate d) { return NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate); }

    static Node decimal(double d) {
        // canonical xsd:decimal form ("0.95", "1.0"): TDB2 stores decimals by value and would
        // otherwise change the lexical form ("0.950" -> "0.95") between build and export
        String lex = BigDecimal.valueOf(d).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        if (!lex.contains(".")) lex += ".0";
        return NodeFactory.createLiteralDT(lex, XSDDatatype.XSDdecimal);
    }

    static boolean isAbsoluteIri(String s) {
        if (s.chars().anyMatch(c -> c <= ' ' || "<>\"{}|\\^`".indexOf(c) >= 0)) return false;
        try {
            return IRIx.create(s).isAbsolute();
        } catch (IRIException e) {
            return false;
        }
    }
}
