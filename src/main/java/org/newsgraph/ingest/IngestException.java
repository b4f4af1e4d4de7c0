package org.newsgraph.ingest;

import java.nio.file.Path;

/**
 * A file (or one record in it) that could not be turned into an article. The message always
 * names the file and says why in words a user can act on: {@code "<file>: <reason>"}.
 */
public final class IngestException extends Exception {
    private final String file;
    private final String reason;

    public IngestException(Path file, String reason) {
        this(file, reason, null);
    }

    public IngestException(Path file, String reason, Throwable cause) {
        this(String.valueOf(file), reason, cause);
    }

    public IngestException(InputFile file, String reason) {
        this(file, reason, null);
    }

    public IngestException(InputFile file, String reason, Throwable cause) {
        this(file.name(), reason, cause);
    }

    private IngestException(String file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
        this.file = file;
        this.reason = reason;
    }

    /** The file concerned, as the user named it (a path, or a URI for files on other file systems). */
    public String file() { return file; }

    /** Why it was rejected, without the file name. */
    public String reason() { return reason; }
}
