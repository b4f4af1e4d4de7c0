package org.newsgraph.spark;

import org.apache.hadoop.conf.Configuration;
import org.newsgraph.ingest.IngestException;
import org.newsgraph.ingest.Ingestor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The inputs of {@code spark-build}, split by kind, in the order they are read: local paths (listed
 * and ordered exactly as {@code build} lists them), then file-system URIs ({@code file:},
 * {@code hdfs:}, {@code s3a:}, …; listed by {@link HadoopFiles}), then Parquet. Every file is read by an
 * executor through Hadoop's file system API, so a local path must be on a file system every executor
 * mounts (local mode, NFS); URIs need only be reachable by the executors.
 */
record SparkInputs(List<HadoopFiles.Entry> files, List<String> parquet) {

    private static final String URI_SCHEME = "^[A-Za-z][A-Za-z0-9+.-]*:.*";

    static SparkInputs of(List<String> paths, long maxFileBytes, Configuration conf) throws IOException, IngestException {
        List<Path> local = new ArrayList<>();
        List<String> uris = new ArrayList<>();
        List<String> parquet = new ArrayList<>();
        for (String p : paths) {
            if (p.toLowerCase(Locale.ROOT).replaceAll("/+$", "").endsWith(".parquet")) parquet.add(p);
            else if (p.matches(URI_SCHEME) && !isWindowsDrive(p)) uris.add(p);
            else local.add(Path.of(p));
        }
        List<HadoopFiles.Entry> files = new ArrayList<>();
        if (!local.isEmpty())
            for (Path f : new Ingestor(maxFileBytes).listFiles(local)) files.add(new HadoopFiles.Entry(uri(f), size(f)));
        files.addAll(HadoopFiles.list(uris, conf));
        return new SparkInputs(files, parquet);
    }

    private static URI uri(Path f) {
        return f.toAbsolutePath().normalize().toUri();
    }

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isWindowsDrive(String p) {
        return p.matches("^[A-Za-z]:[\\\\/].*");
    }
}
