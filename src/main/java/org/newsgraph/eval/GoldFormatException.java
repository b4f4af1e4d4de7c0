package org.newsgraph.eval;

import java.io.IOException;

/** A gold file that cannot be read as gold annotations; the message names the file and the place. */
public final class GoldFormatException extends IOException {
    public GoldFormatException(String message) { super(message); }

    public GoldFormatException(String message, Throwable cause) { super(message, cause); }
}
