package org.newsgraph.spark;

import org.apache.hadoop.fs.RawLocalFileSystem;

import java.net.URI;

/**
 * Hadoop's local file system under another scheme ({@code testfs:///tmp/...} is {@code /tmp/...}): a
 * stand-in for HDFS or S3 in tests, so reading through a non-{@code file:} Hadoop file system, and the
 * identity its files get, are tested without a cluster.
 */
public class LocalAsOtherFs extends RawLocalFileSystem {
    static final String SCHEME = "testfs";

    @Override public URI getUri() { return URI.create(SCHEME + ":///"); }

    @Override public String getScheme() { return SCHEME; }
}
