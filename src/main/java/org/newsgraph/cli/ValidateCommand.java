package org.newsgraph.cli;

import org.newsgraph.rdf.ShaclValidation;
import org.newsgraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "SHACL-validates every graph of the database against ontology/shapes.ttl; exit 1 with a report if it does not conform.")
public final class ValidateCommand implements Callable<Integer> {
    @Mixin DbOptions db;

    @Override public Integer call() {
        try (GraphStore store = GraphStore.open(db.db)) {
            if (store.isEmpty()) throw new IllegalArgumentException("database " + db.db + " is empty: nothing to validate");
            ShaclValidation.ValidationResult r = org.apache.jena.system.Txn.calculateRead(store.datasetGraph(),
                    () -> ShaclValidation.validate(store.datasetGraph()));
            if (r.conforms()) {
                System.out.println("conforms: every graph of " + db.db + " satisfies ontology/shapes.ttl");
                return 0;
            }
            System.out.println(r.text());
            System.err.println("newsgraph: " + r.violations().size() + " SHACL violation(s) in " + db.db);
            return 1;
        }
    }
}
