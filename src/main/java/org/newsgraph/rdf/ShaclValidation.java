package org.newsgraph.rdf;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.system.Txn;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** SHACL validation of newsgraph data against ontology/shapes.ttl (jena-shacl). */
public final class ShaclValidation {
    private ShaclValidation() {}

    /**
     * Outcome of a validation.
     *
     * @param conforms   true when no shape is violated
     * @param violations one readable line per result: "focus-node | path | message" (graph name first
     *                   when validating a dataset)
     */
    public record ValidationResult(boolean conforms, List<String> violations) {
        public ValidationResult {
            violations = List.copyOf(violations);
        }

        /** The report: "conforms" or the count followed by one line per result. */
        public String text() {
            if (conforms) return "conforms\n";
            StringBuilder sb = new StringBuilder(violations.size() + " SHACL violation(s)\n");
            for (String v : violations) sb.append(v).append('\n');
            return sb.toString();
        }
    }

    private static volatile Shapes shapes;

    /** The shapes, from the classpath (/shapes.ttl) or else the file ontology/shapes.ttl. */
    public static Shapes shapes() {
        Shapes s = shapes;
        if (s == null) {
            synchronized (ShaclValidation.class) {
                if (shapes == null) shapes = Shapes.parse(OntologyResources.shapes());
                s = shapes;
            }
        }
        return s;
    }

    public static ValidationResult validate(Graph dataGraph) {
        return validate(dataGraph, shapes());
    }

    public static ValidationResult validate(Graph dataGraph, Shapes shapes) {
        ValidationReport report = ShaclValidator.get().validate(shapes, dataGraph);
        List<String> lines = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) lines.add(line(e, ""));
        return new ValidationResult(report.conforms(), lines);
    }

    /**
     * Validates each named graph (and the stored default graph, if not empty) on its own: an
     * article's graph holds everything its statements need, and a statement shared by several
     * articles may legitimately differ in kind between them, which the union would flag.
     */
    public static ValidationResult validate(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            List<String> lines = new ArrayList<>();
            boolean conforms = true;
            Shapes s = shapes();
            Graph dflt = dsg.getDefaultGraph();
            if (!dflt.isEmpty() && !dsg.getContext().isTrue(org.apache.jena.tdb2.TDB2.symUnionDefaultGraph)) {
                ValidationReport r = ShaclValidator.get().validate(s, dflt);
                conforms &= r.conforms();
                for (ReportEntry e : r.getEntries()) lines.add(line(e, "default | "));
            }
            for (Iterator<Node> it = dsg.listGraphNodes(); it.hasNext(); ) {
                Node gn = it.next();
                ValidationReport r = ShaclValidator.get().validate(s, dsg.getGraph(gn));
                conforms &= r.conforms();
                for (ReportEntry e : r.getEntries()) lines.add(line(e, "<" + gn.getURI() + "> | "));
            }
            return new ValidationResult(conforms, lines);
        });
    }

    private static String line(ReportEntry e, String prefix) {
        Node focus = e.focusNode();
        org.apache.jena.sparql.path.Path path = e.resultPath();
        String p = path == null ? "-" : path.toString();
        String msg = e.message() == null ? String.valueOf(e.sourceConstraintComponent()) : e.message();
        return prefix + FmtUtils.stringForNode(focus) + " | " + p + " | " + msg.replace('\n', ' ');
    }
}
