package org.newsgraph.cli;

/**
 * Hadoop (through Spark) registers its shaded Woodstox as the JVM-wide StAX provider; it rejects the
 * XML-hardening properties Jena sets and Jena logs an error for each parser it makes. Jena's RDF/XML
 * and SPARQL XML readers use the JDK's own StAX instead (Hadoop instantiates its Woodstox directly).
 */
public final class JdkStax {
    private JdkStax() {}

    public static void prefer() {
        if (System.getProperty("javax.xml.stream.XMLInputFactory") == null)
            System.setProperty("javax.xml.stream.XMLInputFactory", "com.sun.xml.internal.stream.XMLInputFactoryImpl");
    }
}
