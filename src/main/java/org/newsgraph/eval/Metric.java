package org.newsgraph.eval;

/** The separately scored aspects of the output. */
public enum Metric {
    QUOTES("quotes", "quote spans"),
    QUOTES_SPEAKER("quotes+speaker", "quote + speaker pairs"),
    REPORTED("reported", "reported statements (content only)"),
    REPORTED_SPEAKER("reported+speaker", "reported statement + speaker pairs"),
    PEOPLE("people", "people named");

    private final String key;
    private final String description;

    Metric(String key, String description) { this.key = key; this.description = description; }

    /** Short name used in tables and JSON. */
    public String key() { return key; }

    public String description() { return description; }
}
