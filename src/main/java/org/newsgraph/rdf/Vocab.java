package org.newsgraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;

/**
 * The vocabulary of the graph (DESIGN.md "Vocabulary"): namespace IRIs and the terms this stage
 * emits, as Jena nodes. Every ng: term used here is declared in ontology/newsgraph.ttl.
 */
public final class Vocab {
    private Vocab() {}

    public static final String NG = "https://w3id.org/newsgraph/ontology#";
    public static final String SCHEMA = "http://schema.org/";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/";
    public static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    public static final String WD = "http://www.wikidata.org/entity/";
    public static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    public static final String OWL = "http://www.w3.org/2002/07/owl#";
    public static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    public static final String DCTERMS = "http://purl.org/dc/terms/";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String SH = "http://www.w3.org/ns/shacl#";

    public static final String DEFAULT_BASE = "https://w3id.org/newsgraph/id/";

    public static Node ng(String local) { return NodeFactory.createURI(NG + local); }
    public static Node schema(String local) { return NodeFactory.createURI(SCHEMA + local); }
    public static Node sem(String local) { return NodeFactory.createURI(SEM + local); }
    public static Node nif(String local) { return NodeFactory.createURI(NIF + local); }
    public static Node wd(String qid) { return NodeFactory.createURI(WD + qid); }

    // rdf / owl
    public static final Node RDF_TYPE = NodeFactory.createURI(RDF + "type");
    public static final Node OWL_SAME_AS = NodeFactory.createURI(OWL + "sameAs");

    // schema.org
    public static final Node NEWS_ARTICLE = schema("NewsArticle");
    public static final Node PERSON = schema("Person");
    public static final Node ORGANIZATION = schema("Organization");
    public static final Node PLACE = schema("Place");
    public static final Node IDENTIFIER = schema("identifier");
    public static final Node HEADLINE = schema("headline");
    public static final Node DATE_PUBLISHED = schema("datePublished");
    public static final Node PUBLISHER = schema("publisher");
    public static final Node AUTHOR = schema("author");
    public static final Node TEXT = schema("text");
    public static final Node URL = schema("url");
    public static final Node MENTIONS = schema("mentions");
    public static final Node NAME = schema("name");
    public static final Node ALTERNATE_NAME = schema("alternateName");
    public static final Node JOB_TITLE = schema("jobTitle");
    public static final Node DESCRIPTION = schema("description");

    // sem
    public static final Node SEM_EVENT = sem("Event");
    public static final Node HAS_ACTOR = sem("hasActor");
    public static final Node HAS_PLACE = sem("hasPlace");
    public static final Node HAS_TIME_STAMP = sem("hasTimeStamp");

    // nif
    public static final Node NIF_STRING = nif("String");
    public static final Node NIF_RFC5147 = nif("RFC5147String");
    public static final Node NIF_CONTEXT = nif("Context");
    public static final Node BEGIN_INDEX = nif("beginIndex");
    public static final Node END_INDEX = nif("endIndex");
    public static final Node ANCHOR_OF = nif("anchorOf");
    public static final Node REFERENCE_CONTEXT = nif("referenceContext");

    // ng classes
    public static final Node STATEMENT = ng("Statement");
    public static final Node DIRECT_QUOTE = ng("DirectQuote");
    public static final Node PARTIAL_QUOTE = ng("PartialQuote");
    public static final Node REPORTED_SPEECH = ng("ReportedSpeech");
    public static final Node ANONYMOUS_SOURCE = ng("AnonymousSource");
    public static final Node EVENT = ng("Event");
    public static final Node CAUSAL_CLAIM = ng("CausalClaim");
    public static final Node SEQUENCE_CLAIM = ng("SequenceClaim");

    // ng properties
    public static final Node SAID = ng("said");
    public static final Node REPORTED_IN = ng("reportedIn");
    public static final Node CUE = ng("cue");
    public static final Node STATED_TO = ng("statedTo");
    public static final Node STATED_ON = ng("statedOn");
    public static final Node ABOUT = ng("about");
    public static final Node EVIDENCE = ng("evidence");
    public static final Node PART_OF = ng("partOf");
    public static final Node LED_TO = ng("ledTo");
    public static final Node PRECEDES = ng("precedes");
    public static final Node CAUSE = ng("cause");
    public static final Node EFFECT = ng("effect");
    public static final Node EARLIER = ng("earlier");
    public static final Node LATER = ng("later");
    public static final Node CONTENT_HASH = ng("contentHash");
    public static final Node SOURCE_KEY = ng("sourceKey");
    public static final Node WAS_DERIVED_FROM = NodeFactory.createURI(PROV + "wasDerivedFrom");
    public static final Node LINK_CONFIDENCE = ng("linkConfidence");
    public static final Node LINK_METHOD = ng("linkMethod");

    /** Prefixes for writers: the DESIGN.md set plus rdf and sh. */
    public static PrefixMap prefixMap() {
        PrefixMap pm = PrefixMapFactory.create();
        pm.add("ng", NG);
        pm.add("schema", SCHEMA);
        pm.add("prov", PROV);
        pm.add("sem", SEM);
        pm.add("nif", NIF);
        pm.add("wd", WD);
        pm.add("rdf", RDF);
        pm.add("rdfs", RDFS);
        pm.add("owl", OWL);
        pm.add("xsd", XSD);
        pm.add("dcterms", DCTERMS);
        pm.add("skos", SKOS);
        return pm;
    }
}
