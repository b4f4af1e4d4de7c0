package org.newsgraph.spark;

/**
 * Keeps Jena on the JDK's own StAX parser while Spark is on the class path.
 *
 * <p>Why: Spark depends on Hadoop's {@code hadoop-client-runtime}, whose
 * {@code META-INF/services/javax.xml.stream.XMLInputFactory} registers its shaded Woodstox as the
 * StAX provider of the whole JVM, so every command of the jar (not only {@code spark-build}) gets it.
 * That Woodstox rejects the XML-hardening properties Jena sets on each factory it makes (RDF/XML
 * reading, SPARQL XML results), and Jena logs an error for every parser. The system property, which
 * {@code XMLInputFactory.newFactory()} consults before the service files, points Jena back to the
 * JDK's implementation; Hadoop is not affected because it instantiates its Woodstox directly. A value
 * the user set on the command line is kept. The test JVM sets the same property in the pom
 * (surefire {@code argLine}).
 */
public final class JdkStax {
    private JdkStax() {}

    /** Sets the JDK's StAX factory as the JVM's default unless one is set; call before any XML is read. */
    public static void prefer() {
        if (System.getProperty("javax.xml.stream.XMLInputFactory") == null)
            System.setProperty("javax.xml.stream.XMLInputFactory", "com.sun.xml.internal.stream.XMLInputFactoryImpl");
    }
}
