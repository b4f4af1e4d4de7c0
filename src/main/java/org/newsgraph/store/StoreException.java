package org.newsgraph.store;

/** A database problem worth a one-line message to the user (in use, unreadable, not a newsgraph DB). */
public class StoreException extends RuntimeException {
    public StoreException(String message) { super(message); }
    public StoreException(String message, Throwable cause) { super(message, cause); }
}
