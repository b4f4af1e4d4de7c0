package org.newsgraph.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.newsgraph.ingest.ArticleReaders;
import org.newsgraph.ingest.InputFile;
import org.newsgraph.ingest.Ingestor;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Article files on any Hadoop file system ({@code file:}, {@code hdfs:}, {@code s3a:}, …): the driver
 * lists them by the rules of {@code build} (folders searched recursively, supported extensions only,
 * hidden entries skipped, each file once, sorted by path), and each executor reads its files with the
 * same {@code ingest} readers. Identity is {@link InputFile#of(URI)}: a {@code file:} URI gives exactly
 * the IRIs of {@code build} of that path.
 */
final class HadoopFiles {
    private HadoopFiles() {}

    /** One listed file: where to open it and its length (checked against the size limit before reading). */
    record Entry(URI uri, long size) implements Serializable {}

    /** The input files under {@code roots} (URIs), in the order {@code build} would read them. */
    static List<Entry> list(List<String> roots, Configuration conf) throws IOException {
        List<Entry> out = new ArrayList<>();
        Set<URI> seen = new HashSet<>();
        for (String root : roots) {
            Path p = new Path(root);
            FileSystem fs = p.getFileSystem(conf);
            if (!fs.exists(p)) throw new IllegalArgumentException(root + ": no such file or folder");
            FileStatus st = fs.getFileStatus(p);
            if (st.isDirectory()) walk(fs, st, out, seen);
            else if (!Ingestor.isSupported(p.getName()))
                throw new IllegalArgumentException(root + ": unsupported file type (supported: "
                        + String.join(" ", ArticleReaders.extensions()) + ")");
            else add(st, out, seen);
        }
        // build sorts java.nio paths; the same comparison on the URI paths gives the same order
        out.sort(Comparator.comparing((Entry e) -> java.nio.file.Path.of(InputFile.of(e.uri()).uri().getPath()))
                .thenComparing(e -> e.uri().toString()));
        return out;
    }

    private static void walk(FileSystem fs, FileStatus dir, List<Entry> out, Set<URI> seen) throws IOException {
        for (FileStatus st : fs.listStatus(dir.getPath())) {
            if (st.getPath().getName().startsWith(".")) continue;      // hidden, as build skips them
            if (st.isDirectory()) walk(fs, st, out, seen);
            else if (st.isFile() && Ingestor.isSupported(st.getPath().getName())) add(st, out, seen);
        }
    }

    private static void add(FileStatus st, List<Entry> out, Set<URI> seen) {
        URI uri = st.getPath().toUri();
        if (seen.add(InputFile.of(uri).uri())) out.add(new Entry(uri, st.getLen()));
    }

    /** The articles of one listed file, read with the {@code ingest} readers; problems are named, never thrown. */
    static Ingestor.ReadResult read(Entry e, Ingestor ingestor, Configuration conf) {
        return ingestor.readAll(InputFile.of(e.uri()), e.size(), () -> {
            Path p = new Path(e.uri());
            try (InputStream in = p.getFileSystem(conf).open(p)) {
                return in.readAllBytes();
            }
        });
    }

    /** A Hadoop configuration shipped to executors (the driver's, with the job's {@code spark.hadoop.*} settings). */
    static final class Conf implements Serializable {
        private static final long serialVersionUID = 1L;
        private transient Configuration conf;

        Conf(Configuration conf) { this.conf = conf; }

        Configuration get() { return conf; }

        private void writeObject(ObjectOutputStream out) throws IOException {
            out.defaultWriteObject();
            conf.write(out);
        }

        private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
            in.defaultReadObject();
            conf = new Configuration(false);
            conf.readFields(in);
        }
    }
}
