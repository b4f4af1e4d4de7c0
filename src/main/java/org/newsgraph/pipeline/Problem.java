package org.newsgraph.pipeline;

/** An input that could not be built: the file (or record) and a one-line reason. */
public record Problem(String source, String reason) {
    @Override public String toString() { return source + ": " + reason; }
}
