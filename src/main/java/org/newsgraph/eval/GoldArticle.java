package org.newsgraph.eval;

import java.util.List;

/** The hand annotation of one article (see shared/gold/README.md). */
public record GoldArticle(String article, GoldMetadata metadata, List<GoldPerson> people, List<GoldQuote> quotes,
                          List<GoldReported> reported) {
    public GoldArticle {
        people = List.copyOf(people);
        quotes = List.copyOf(quotes);
        reported = List.copyOf(reported);
    }
}
