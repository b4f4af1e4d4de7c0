package org.newsgraph.eval;

/** Article metadata as the text states it; null where the text does not say. */
public record GoldMetadata(String headline, String publisher, String author, String datePublished) {
    public static final GoldMetadata NONE = new GoldMetadata(null, null, null, null);
}
