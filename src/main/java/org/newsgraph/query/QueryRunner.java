package org.newsgraph.query;

import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.system.Txn;
import org.apache.jena.shared.PrefixMapping;

import java.io.OutputStream;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Runs a SPARQL query against a dataset and writes the results. Parameters are bound with
 * {@link ParameterizedSparqlString} (values become literals or IRIs, never query text), so a
 * parameter cannot inject SPARQL.
 */
public final class QueryRunner {
    public enum Format { TABLE, CSV, TSV, JSON }

    private static final Pattern PREFIXED = Pattern.compile("^[A-Za-z][\\w-]*:[A-Za-z_][\\w-]*$");
    private static final Pattern IRI_REF = Pattern.compile("^<([^<>\"{}|^`\\\\\\s]+)>$");

    private QueryRunner() {}

    /**
     * Binds parameters: a value written {@code <http://…>} or as a prefixed name declared by the query
     * ({@code ng:Meeting}) binds an IRI; anything else binds a plain string literal.
     */
    public static Query prepare(String sparql, Map<String, String> params) {
        ParameterizedSparqlString pss = new ParameterizedSparqlString(sparql);
        for (Map.Entry<String, String> e : params.entrySet()) {
            String var = e.getKey().startsWith("?") ? e.getKey().substring(1) : e.getKey();
            if (!var.matches("[A-Za-z_]\\w*")) throw new IllegalArgumentException("bad parameter name: " + e.getKey());
            String v = e.getValue();
            var iri = IRI_REF.matcher(v);
            if (iri.matches()) {
                pss.setIri(var, iri.group(1));
            } else if (PREFIXED.matcher(v).matches() && prefixOf(pss, v) != null) {
                pss.setIri(var, prefixOf(pss, v));
            } else {
                pss.setLiteral(var, v);
            }
        }
        try {
            return pss.asQuery();
        } catch (QueryParseException ex) {
            throw new IllegalArgumentException("query does not parse: " + ex.getMessage().replaceAll("\\s+", " "), ex);
        }
    }

    private static String prefixOf(ParameterizedSparqlString pss, String prefixed) {
        PrefixMapping pm = PrefixMapping.Factory.create();
        try {
            pm.setNsPrefixes(pss.asQuery().getPrefixMapping());
        } catch (QueryParseException e) {
            return null;
        }
        String expanded = pm.expandPrefix(prefixed);
        return expanded.equals(prefixed) ? null : expanded;
    }

    /** Runs {@code query} in a read transaction and writes results in {@code format}. Returns the row count (or triples for CONSTRUCT/DESCRIBE, 1/0 for ASK). */
    public static long run(Dataset ds, Query query, Format format, OutputStream out) {
        return Txn.calculateRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
                if (query.isSelectType()) {
                    org.apache.jena.query.ResultSetRewindable rs = qe.execSelect().rewindable();
                    int rows = rs.size();
                    switch (format) {
                        case TABLE -> ResultSetFormatter.out(out, rs, query.getPrefixMapping());
                        case CSV -> ResultSetFormatter.output(out, rs, ResultSetLang.RS_CSV);
                        case TSV -> ResultSetFormatter.output(out, rs, ResultSetLang.RS_TSV);
                        case JSON -> ResultSetFormatter.output(out, rs, ResultSetLang.RS_JSON);
                    }
                    return (long) rows;
                }
                if (query.isAskType()) {
                    boolean b = qe.execAsk();
                    if (format == Format.JSON) ResultSetFormatter.outputAsJSON(out, b);
                    else ResultSetFormatter.out(out, b);
                    return b ? 1L : 0L;
                }
                Model m = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
                RDFDataMgr.write(out, m, format == Format.JSON ? Lang.JSONLD : Lang.TURTLE);
                return m.size();
            }
        });
    }
}
