package org.newsgraph.eval;

import java.util.List;

/**
 * What the system produced for one article, in the plain form the scorer compares with gold.
 * The eval command fills these from the built graph (SPARQL); the scorer never sees RDF.
 *
 * @param article the article's file stem (an "article/" prefix or ".txt" suffix is tolerated)
 */
public record SystemArticle(String article, List<SystemPerson> people, List<SystemQuote> quotes,
                            List<SystemReported> reported) {
    public SystemArticle {
        people = people == null ? List.of() : List.copyOf(people);
        quotes = quotes == null ? List.of() : List.copyOf(quotes);
        reported = reported == null ? List.of() : List.copyOf(reported);
    }
}
